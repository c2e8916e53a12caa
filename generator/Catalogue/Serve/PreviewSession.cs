using System.Diagnostics;
using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Output;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Figures;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.History;
using Catalogue.Pipeline.Index;
using Catalogue.Pipeline.Render;
using Catalogue.Rendering;

namespace Catalogue.Serve;

/// <summary>What one preview update did.</summary>
/// <param name="PagesWritten">Pages rendered: all of them on a full build, else those showing a changed entry.</param>
internal sealed record PreviewUpdate(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, bool Full, TimeSpan Elapsed)
{
    /// <summary>Addresses of the pages written when only some were; null after a full build.</summary>
    public IReadOnlyList<string>? Pages { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Keeps a preview site in step with the content. The first update builds everything. After that, a
/// change to existing entries is handled in two steps: first only the changed files are read, checked
/// and linked again and the changed entries' own pages written, which is what the person saving is
/// looking at; then <see cref="CompleteAsync"/> writes the other pages that show them (lists, neighbours,
/// matrices) and the data files. Anything else (an entry added or removed, sources, settings, styles)
/// builds everything again. Content with errors changes nothing, so the last good site stays up.
/// </summary>
internal sealed class PreviewSession(BuildOptions options, string? themeFolder)
{
    private LoadedCatalogue? _catalogue;
    private SiteModel? _site;
    private string? _searchProblem;
    private Func<CancellationToken, Task<PreviewUpdate>>? _rest;

    /// <summary>
    /// Entries changed since the other pages showing them were last all written, and the site before the
    /// first of those changes: an interrupted <see cref="CompleteAsync"/> leaves its pages to the next one.
    /// </summary>
    private readonly Lock _pendingLock = new();
    private readonly HashSet<string> _pendingIds = new(StringComparer.Ordinal);
    private SiteModel? _pendingSince;
    private int _generation;

    /// <summary>The site is being indexed for search only on full builds; this says why search may lag or be missing.</summary>
    public string? SearchProblem => _searchProblem;

    public bool HasSite => _site is not null;

    /// <summary>True when the last update wrote the changed entries' pages and the rest is still to write.</summary>
    public bool HasPendingWork => _rest is not null;

    /// <param name="changedFiles">Full paths of files that changed since the last update; empty for "anything may have".</param>
    public async Task<PreviewUpdate> UpdateAsync(IReadOnlyCollection<string> changedFiles, CancellationToken cancel)
    {
        if (_rest is not null) await CompleteAsync(cancel);
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings();
        var paths = new ContentPaths(options.Content);
        if (!Directory.Exists(paths.Root))
        {
            diagnostics.Error(Codes.Unreadable, SourceLocation.StartOf(paths.DisplayRoot), "the content folder does not exist", "pass the folder with --content");
            return new PreviewUpdate(diagnostics.Sorted(), 0, false, clock.Elapsed);
        }
        var assets = themeFolder is null ? ThemeAssets.Embedded : ThemeAssets.FromFolder(themeFolder);
        var loader = new CatalogueLoader(paths, options.BaseUrl, diagnostics, timings);
        var reload = _site is { } previous && _catalogue is not null && SameAssets(previous, assets)
            ? loader.Reload(_catalogue, changedFiles) : null;
        var catalogue = reload?.Catalogue ?? loader.Load();
        IReadOnlyList<FigureFile> figures = [];
        if (!diagnostics.HasErrors)
            figures = FigureStage.Run(reload?.Relinked ?? catalogue.Index.Entries, catalogue.Index, FigureCache.FolderBeside(options.CacheFile), diagnostics, timings);
        if (!diagnostics.HasErrors)
            MarkdownHtmlStage.Run(reload?.Relinked ?? catalogue.Index.Entries, diagnostics, timings);
        if (diagnostics.HasErrors)
            return new PreviewUpdate(diagnostics.Sorted(), 0, false, clock.Elapsed);

        if (reload is not { Changed: var changed })
        {
            _site = await WriteEverythingAsync(catalogue, assets, timings, cancel, figures);
            _catalogue = catalogue;
            lock (_pendingLock)
            {
                (_pendingSince, _generation) = (null, _generation + 1);
                _pendingIds.Clear();
            }
            return new PreviewUpdate(diagnostics.Sorted(), _site.Pages.Count, true, clock.Elapsed);
        }

        var before = _site!;
        var site = new SiteModel(catalogue, assets, before.History, (before, changed));
        var first = site.PagesOf(changed.Select(id => catalogue.Index.Find(id)!));
        var own = first.Select(p => p.SitePath).ToHashSet(StringComparer.Ordinal);
        var writer = new InPlaceWriter(options.Output);
        foreach (var figure in figures) writer.Write(figure.SitePath, figure.Content);
        await site.Renderer.RenderAsync(first, writer, cancel);
        _site = site;
        _catalogue = catalogue;
        SiteModel since;
        HashSet<string> pending;
        int generation;
        lock (_pendingLock)
        {
            since = _pendingSince ??= before;
            _pendingIds.UnionWith(changed);
            pending = [.. _pendingIds];
            generation = ++_generation;
        }
        _rest = async token =>
        {
            var restClock = Stopwatch.StartNew();
            // Worked out away from the preview's loop, which must stay free to notice the next save.
            var pages = await Task.Run(() =>
            {
                // A page shows a changed entry if it did before the change or does after it. Working that out
                // for every page takes a while at 10,000 entries, so it too gives way to the next save.
                bool Shows(PlannedPage page)
                {
                    token.ThrowIfCancellationRequested();
                    return page.SourceIds.Overlaps(pending);
                }
                var showed = since.Pages.Where(Shows).Select(p => p.SitePath).ToHashSet(StringComparer.Ordinal);
                return site.Pages.Where(p => !own.Contains(p.SitePath) && (showed.Contains(p.SitePath) || Shows(p))).ToList();
            }, token);
            // One page at a time, leaving the other cores to the next save: a multi-MB matrix drawn on every
            // core kept the next save's page waiting for a thread for most of a second.
            await site.Renderer.RenderAsync(pages, writer, token, parallelism: 1);
            site.WriteEntryData(writer);
            lock (_pendingLock)
                if (_generation == generation)
                {
                    _pendingSince = null;
                    _pendingIds.Clear();
                }
            return new PreviewUpdate([], pages.Count, false, restClock.Elapsed) { Pages = AddressesOf(site, pages) };
        };
        return new PreviewUpdate(diagnostics.Sorted(), first.Count, false, clock.Elapsed) { Pages = AddressesOf(site, first) };
    }

    private static List<string> AddressesOf(SiteModel site, IEnumerable<PlannedPage> pages) => [.. pages.Select(p => site.Index.Url(p.SitePath))];

    /// <summary>Leaves the rest of the last update, not yet begun, to the next update, which writes it with its own.</summary>
    public void Postpone() => _rest = null;

    /// <summary>
    /// Writes what the last update left for later: the other pages showing the changed entries, and the
    /// data files. Cancelled because another change came in, it leaves them to the next update.
    /// </summary>
    public async Task<PreviewUpdate> CompleteAsync(CancellationToken cancel)
    {
        var rest = _rest ?? throw new InvalidOperationException("no update is waiting to be completed");
        _rest = null;
        return await rest(cancel);
    }

    /// <summary>A change to the theme's styles or scripts gives every page new asset addresses.</summary>
    private static bool SameAssets(SiteModel previous, ThemeAssets assets) =>
        previous.Assets.Css.SitePath == assets.Css.SitePath && previous.Assets.Js.SitePath == assets.Js.SitePath;

    private async Task<SiteModel> WriteEverythingAsync(LoadedCatalogue catalogue, ThemeAssets assets, StageTimings timings, CancellationToken cancel, IReadOnlyList<FigureFile> figures)
    {
        var search = options.Search && _searchProblem is null;
        var history = await GitHistory.ReadAsync(new ContentPaths(options.Content).Root, cancel);
        try
        {
            return await new SiteBuilder(options with { Search = search, Theme = assets }).WriteSiteAsync(catalogue, history, timings, cancel, figures);
        }
        catch (NodeToolsException e) when (search)
        {
            // The preview is still useful without search; say so once and stop trying.
            _searchProblem = e.Message;
            return await new SiteBuilder(options with { Search = false, Theme = assets }).WriteSiteAsync(catalogue, history, timings, cancel, figures);
        }
    }
}
