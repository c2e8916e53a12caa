using Catalogue.Diagnostics;
using Catalogue.Model.Schema;
using Catalogue.Model.Types;
using Catalogue.Output;
using Catalogue.Pipeline.Cache;
using Catalogue.Pipeline.Figures;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.History;
using Catalogue.Pipeline.Index;
using Catalogue.Pipeline.Render;
using Catalogue.Rendering;
using Catalogue.Theme.Models;

namespace Catalogue.Pipeline;

/// <param name="Theme">The theme's styles and scripts; the preview server reads them from theme/ to show edits.</param>
/// <param name="CacheFile">Where what earlier runs found in each entry file is kept (<see cref="EntryCache"/>); null for none.</param>
/// <param name="Model">The entry types to read the content with; the standard ones unless a test declares its own.</param>
internal sealed record BuildOptions(string Content, string Output, string? BaseUrl, bool Search = true, ThemeAssets? Theme = null, string? CacheFile = null, ContentModel? Model = null);

internal sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int EntriesRead, int PagesWritten, TimeSpan Elapsed, IReadOnlyList<(string Stage, TimeSpan Time)> Stages)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>The content as read and linked, for comparing with another; null when there was no content folder.</summary>
    public LoadedCatalogue? Catalogue { get; init; }

    /// <summary>Things worth one line that are no problem with the content, such as history left out.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>What came from the cache of earlier runs; null when the run used none.</summary>
    public CacheUse? Cache { get; init; }
}

/// <param name="FrontMatter">Entries whose front matter was not parsed again.</param>
/// <param name="Markdown">Entries whose Markdown was not parsed again (only a check does without the trees).</param>
internal sealed record CacheUse(int FrontMatter, int Markdown)
{
    public static CacheUse? Of(EntryCache? cache) => cache is null ? null : new(cache.FieldsFound, cache.MarkdownFound);
}

/// <summary>
/// The whole build, as a reader should see it: find → read → link → validate → figures → HTML → history → render → write.
/// Nothing is written unless every stage before rendering passed without errors.
/// </summary>
internal sealed class SiteBuilder(BuildOptions options)
{
    /// <summary>
    /// The output, claimed as the build's to replace (<see cref="OutputFolder"/>). Commands claim it before any
    /// work starts, to refuse at once; the writer claims it again before it writes.
    /// </summary>
    /// <exception cref="OutputFolderException">The folder is not the build's to replace.</exception>
    public static OutputFolder ClaimOutput(BuildOptions options) =>
        OutputFolder.Claim(options.Output, OutputFolder.Around(options.Content, ThemeFolder(options.Content)));

    /// <summary>The project's theme/ folder beside the package.json above the content, if there is one.</summary>
    public static string? ThemeFolder(string content) =>
        NodeTools.Find(content)?.Root is { } project && Path.Combine(project, "theme") is var theme && Directory.Exists(theme) ? theme : null;

    public async Task<BuildResult> BuildAsync(bool write, IProgress<string>? progress = null, CancellationToken cancel = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings();
        var paths = new ContentPaths(options.Content, options.Model);
        if (!Directory.Exists(paths.Root))
        {
            diagnostics.Error(Codes.Unreadable, SourceLocation.StartOf(paths.DisplayRoot), "the content folder does not exist", "pass the folder with --content");
            return new BuildResult(diagnostics.Sorted(), 0, 0, clock.Elapsed, timings.Stages);
        }

        progress?.Report("Reading and checking entries");
        var cache = options.CacheFile is { } cacheFile ? EntryCache.Open(cacheFile) : null;
        var catalogue = new CatalogueLoader(paths, options.BaseUrl, diagnostics, timings, keepTrees: write, cache).Load();
        IReadOnlyList<FigureFile> figures = [];
        if (write && !diagnostics.HasErrors)
            figures = FigureStage.Run(catalogue.Index.Entries, catalogue.Index, FigureCache.FolderBeside(options.CacheFile), diagnostics, timings);
        if (write && !diagnostics.HasErrors)
        {
            MarkdownHtmlStage.Run(catalogue.Index.Entries, diagnostics, timings);
            // Pages are drawn from the HTML, so a one-off build lets the body trees go (100 MB at 10,000 entries);
            // the preview keeps them, to link unchanged entries again after a save.
            foreach (var entry in catalogue.Index.Entries) entry.Document = null;
        }
        if (!write || diagnostics.HasErrors)
            return new BuildResult(diagnostics.Sorted(), catalogue.EntriesRead, 0, clock.Elapsed, timings.Stages) { Catalogue = catalogue, Cache = CacheUse.Of(cache) };

        var history = await timings.MeasureAsync("history", () => GitHistory.ReadAsync(paths.Root, cancel));
        progress?.Report($"Rendering {catalogue.Index.Entries.Count} entries");
        var site = await WriteSiteAsync(catalogue, history, timings, cancel, figures);
        return new BuildResult(diagnostics.Sorted(), catalogue.EntriesRead, site.Pages.Count, clock.Elapsed, timings.Stages)
        {
            Catalogue = catalogue,
            Cache = CacheUse.Of(cache),
            Notes = history.Missing is { } why ? [$"Pages show no last-changed dates: {why}."] : [],
        };
    }

    /// <summary>Renders a checked catalogue into a staging folder, indexes it, and swaps it in for the output.</summary>
    /// <param name="figures">The files the figure stage made, written with the pages.</param>
    public async Task<SiteModel> WriteSiteAsync(LoadedCatalogue catalogue, GitHistory history, StageTimings timings, CancellationToken cancel, IReadOnlyList<FigureFile>? figures = null)
    {
        var site = timings.Measure("plan", () => new SiteModel(catalogue, options.Theme ?? ThemeAssets.Embedded, history));
        using var writer = new SiteWriter(ClaimOutput(options));
        await timings.MeasureAsync("render", () => site.Renderer.RenderAsync(site.Pages, writer, cancel));
        timings.Measure("write", () =>
        {
            site.WriteSupportFiles(writer);
            foreach (var figure in figures ?? []) writer.Write(figure.SitePath, figure.Content);
            return 0;
        });
        if (options.Search)
            await timings.MeasureAsync("index", async () =>
            {
                var tools = NodeTools.Find(options.Content)
                    ?? throw new NodeToolsException("No package.json was found above the content folder, so the search indexer cannot be installed; build with --no-search.");
                await new SearchIndexer(tools).IndexAsync(writer.Staging, cancel);
                return 0;
            });
        writer.Commit();
        return site;
    }
}
