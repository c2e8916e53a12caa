using System.Diagnostics;
using Catalogue.Diagnostics;
using Catalogue.Output;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.History;
using Catalogue.Pipeline.Index;
using Catalogue.Pipeline.Render;
using Catalogue.Rendering;

namespace Catalogue.Serve;

/// <summary>What one preview update did.</summary>
/// <param name="PagesWritten">Pages rendered: all of them on a full build, else those showing a changed entry.</param>
public sealed record PreviewUpdate(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, bool Full, TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Keeps a preview site in step with the content. The first update builds everything; after that
/// each update re-reads and re-checks the content (cheap) and re-renders only the pages that show a
/// changed entry (the expensive part), writing them over the served files one by one. Content with
/// errors changes nothing, so the last good site stays up.
/// </summary>
public sealed class PreviewSession(BuildOptions options, string? themeFolder)
{
    private SiteModel? _site;
    private string? _searchProblem;

    /// <summary>The site is being indexed for search only on full builds; this says why search may lag or be missing.</summary>
    public string? SearchProblem => _searchProblem;

    public bool HasSite => _site is not null;

    /// <param name="changedFiles">Full paths of files that changed since the last update; empty for "anything may have".</param>
    public async Task<PreviewUpdate> UpdateAsync(IReadOnlyCollection<string> changedFiles, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings();
        var paths = new ContentPaths(options.Content);
        if (!Directory.Exists(paths.Root))
        {
            diagnostics.Error(Codes.Unreadable, SourceLocation.StartOf(paths.DisplayRoot), "the content folder does not exist", "pass the folder with --content");
            return new PreviewUpdate(diagnostics.Sorted(), 0, false, clock.Elapsed);
        }
        var catalogue = new CatalogueLoader(paths, options.BaseUrl, diagnostics, timings).Load();
        if (!diagnostics.HasErrors) MarkdownHtmlStage.Run(catalogue, diagnostics, timings);
        if (diagnostics.HasErrors)
            return new PreviewUpdate(diagnostics.Sorted(), 0, false, clock.Elapsed);

        var assets = themeFolder is null ? new ThemeAssets() : ThemeAssets.FromFolder(themeFolder);
        var affected = _site is null ? null : AffectedEntries(_site, catalogue, assets, changedFiles, paths);
        if (affected is null)
        {
            _site = await WriteEverythingAsync(catalogue, assets, timings, cancel);
            return new PreviewUpdate(diagnostics.Sorted(), _site.Pages.Count, true, clock.Elapsed);
        }

        var previous = _site!;
        var site = new SiteModel(catalogue, assets, previous.History);
        // A page shows a changed entry if it did before the change or does after it.
        var before = previous.Pages.Where(p => p.SourceIds.Overlaps(affected)).Select(p => p.SitePath).ToHashSet();
        var pages = site.Pages.Where(p => before.Contains(p.SitePath) || p.SourceIds.Overlaps(affected)).ToList();
        var writer = new InPlaceWriter(options.Output);
        await site.Renderer.RenderAsync(pages, writer, cancel);
        site.WriteEntryData(writer);
        _site = site;
        return new PreviewUpdate(diagnostics.Sorted(), pages.Count, false, clock.Elapsed);
    }

    /// <summary>
    /// Ids of the entries a change touched, or null when only a full build will do: the first build,
    /// an entry added or removed, a change to the sources, the settings or the theme's styles and scripts.
    /// Other files (an editor's temporary files, notes beside the content) change nothing on the site.
    /// </summary>
    private static HashSet<string>? AffectedEntries(SiteModel previous, LoadedCatalogue next, ThemeAssets assets, IReadOnlyCollection<string> changedFiles, ContentPaths paths)
    {
        if (changedFiles.Count == 0 || previous.Assets.Css.SitePath != assets.Css.SitePath || previous.Assets.Js.SitePath != assets.Js.SitePath)
            return null;
        var before = previous.Index.Entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        if (!before.SetEquals(next.Index.Entries.Select(e => e.Id))) return null;

        var settings = new[] { paths.SourcesFile, paths.SiteFile }.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var byFile = next.Index.Entries.ToDictionary(e => Path.GetFullPath(e.File), e => e.Id, StringComparer.Ordinal);
        var affected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in changedFiles.Select(Path.GetFullPath))
        {
            if (settings.Contains(file)) return null;
            if (byFile.TryGetValue(file, out var id)) affected.Add(id);
        }
        return affected;
    }

    private async Task<SiteModel> WriteEverythingAsync(LoadedCatalogue catalogue, ThemeAssets assets, StageTimings timings, CancellationToken cancel)
    {
        var search = options.Search && _searchProblem is null;
        var history = await GitHistory.ReadAsync(new ContentPaths(options.Content).Root, cancel);
        try
        {
            return await new SiteBuilder(options with { Search = search, Theme = assets }).WriteSiteAsync(catalogue, history, timings, cancel);
        }
        catch (NodeToolsException e) when (search)
        {
            // The preview is still useful without search; say so once and stop trying.
            _searchProblem = e.Message;
            return await new SiteBuilder(options with { Search = false, Theme = assets }).WriteSiteAsync(catalogue, history, timings, cancel);
        }
    }
}
