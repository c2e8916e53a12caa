using Catalogue.Diagnostics;
using Catalogue.Model.Schema;
using Catalogue.Output;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.History;
using Catalogue.Pipeline.Index;
using Catalogue.Pipeline.Render;
using Catalogue.Rendering;
using Catalogue.Theme.Models;

namespace Catalogue.Pipeline;

public sealed record BuildOptions(string Content, string Output, string? BaseUrl, bool Search = true);

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int EntriesRead, int PagesWritten, TimeSpan Elapsed, IReadOnlyList<(string Stage, TimeSpan Time)> Stages)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>The content as read and linked, for comparing with another; null when there was no content folder.</summary>
    public LoadedCatalogue? Catalogue { get; init; }

    /// <summary>Things worth one line that are no problem with the content, such as history left out.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>
/// The whole build, as a reader should see it: find → read → validate → link → history → render → write.
/// Nothing is written unless every stage before rendering passed without errors.
/// </summary>
public sealed class SiteBuilder(BuildOptions options)
{
    public async Task<BuildResult> BuildAsync(bool write, IProgress<string>? progress = null, CancellationToken cancel = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings();
        var paths = new ContentPaths(options.Content);
        if (!Directory.Exists(paths.Root))
        {
            diagnostics.Error(Codes.Unreadable, SourceLocation.StartOf(paths.DisplayRoot), "the content folder does not exist", "pass the folder with --content");
            return new BuildResult(diagnostics.Sorted(), 0, 0, clock.Elapsed, timings.Stages);
        }

        progress?.Report("Reading and checking entries");
        var catalogue = new CatalogueLoader(paths, options.BaseUrl, diagnostics, timings).Load();
        if (!write || diagnostics.HasErrors)
            return new BuildResult(diagnostics.Sorted(), catalogue.EntriesRead, 0, clock.Elapsed, timings.Stages) { Catalogue = catalogue };

        var history = await timings.MeasureAsync("history", () => GitHistory.ReadAsync(paths.Root, cancel));
        progress?.Report($"Rendering {catalogue.Index.Entries.Count} entries");
        var pagesWritten = await WriteSiteAsync(catalogue, history, timings, cancel);
        return new BuildResult(diagnostics.Sorted(), catalogue.EntriesRead, pagesWritten, clock.Elapsed, timings.Stages)
        {
            Catalogue = catalogue,
            Notes = history.Missing is { } why ? [$"Pages show no last-changed dates: {why}."] : [],
        };
    }

    private async Task<int> WriteSiteAsync(LoadedCatalogue catalogue, GitHistory history, StageTimings timings, CancellationToken cancel)
    {
        var index = catalogue.Index;
        var views = new ViewModelBuilder(index, catalogue.Graph, history);
        var plan = new SitePlan(index, catalogue.Graph, views);
        var assets = new ThemeAssets();
        var chrome = plan.Chrome(assets);
        var pages = plan.Pages().ToList();

        using var writer = new SiteWriter(options.Output);
        var written = await timings.MeasureAsync("render", () => new RenderStage(index, chrome).RenderAsync(pages, writer, cancel));
        timings.Measure("write", () =>
        {
            writer.Write(assets.Css.SitePath, assets.Css.Content);
            writer.Write(assets.Js.SitePath, assets.Js.Content);
            writer.Write(SearchData.SitePath, SearchData.Json(index));
            writer.Write("sitemap.xml", Sitemap.Xml(index.Config, pages.Where(p => !p.Meta.NoIndex).Select(p => p.SitePath)));
            writer.Write("robots.txt", Sitemap.Robots(index.Config));
            foreach (var schema in JsonSchemaExport.All(index.Config))
                writer.Write(schema.SitePath, schema.ToJson());
            return 0;
        });
        if (options.Search)
            await timings.MeasureAsync("index", async () =>
            {
                var tools = SearchIndexer.FindToolsRoot(options.Content)
                    ?? throw new SearchIndexException("No package.json was found above the content folder, so the search indexer cannot be installed; build with --no-search.");
                await new SearchIndexer(tools).IndexAsync(writer.Staging, cancel);
                return 0;
            });
        writer.Commit();
        return written;
    }
}
