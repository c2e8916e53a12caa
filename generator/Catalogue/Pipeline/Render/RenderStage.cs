using System.Collections.Concurrent;
using Catalogue.Model;
using Catalogue.Output;
using Catalogue.Rendering;
using Catalogue.Rendering.Pictures;
using Catalogue.Theme.Models;

namespace Catalogue.Pipeline.Render;

/// <summary>Render stage: draws each planned page with its theme component and streams it to the writer.</summary>
internal sealed class RenderStage(SiteIndex index, SiteChrome chrome)
{
    /// <param name="parallelism">How many pages are drawn at once; by default one per core.</param>
    public async Task<int> RenderAsync(IReadOnlyList<PlannedPage> pages, ISiteSink writer, CancellationToken cancel = default, int? parallelism = null)
    {
        // HtmlRenderer is single-threaded, so each worker owns one. A page showing the whole catalogue holds
        // its component tree, a hundred MB and more at 10,000 entries, until it is written: such pages are
        // drawn one at a time, beside the entry pages rather than after them, so two never add up.
        var entryPages = pages.Where(p => !p.ShowsWholeCatalogue).ToList();
        var widePages = new ConcurrentQueue<PlannedPage>(pages.Where(p => p.ShowsWholeCatalogue));
        using var oneWidePage = new SemaphoreSlim(1, 1);
        var next = -1;
        var workers = Math.Max(1, Math.Min(parallelism ?? Environment.ProcessorCount, pages.Count / 8 + 1));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var renderer = new ComponentRenderer();
            while (true)
            {
                cancel.ThrowIfCancellationRequested();
                // Wait for the other worker's wide page only when no entry page is left to draw meanwhile.
                var mustWait = Volatile.Read(ref next) >= entryPages.Count - 1;
                if (!widePages.IsEmpty && (mustWait ? await oneWidePage.WaitAsync(Timeout.Infinite, cancel) : oneWidePage.Wait(0)))
                {
                    try
                    {
                        if (widePages.TryDequeue(out var wide)) await RenderToAsync(renderer, wide, writer);
                    }
                    finally
                    {
                        oneWidePage.Release();
                    }
                    continue;
                }
                if (Interlocked.Increment(ref next) is var i && i < entryPages.Count) await RenderToAsync(renderer, entryPages[i], writer);
                else if (widePages.IsEmpty) break;
            }
        }, cancel)));
        return pages.Count;
    }

    private async Task RenderToAsync(ComponentRenderer renderer, PlannedPage page, ISiteSink writer)
    {
        var html = await RenderPageAsync(renderer, page);
        writer.Write(page.OutputFile, html.Span);
    }

    /// <returns>The page as UTF-8, valid until the renderer draws its next page.</returns>
    public async Task<ReadOnlyMemory<byte>> RenderPageAsync(ComponentRenderer renderer, PlannedPage page)
    {
        var meta = MetaFor(page);
        var parameters = new Dictionary<string, object?>(page.Parameters(meta)) { ["Meta"] = meta };
        return await renderer.RenderAsync(page.Component, parameters);
    }

    private PageMeta MetaFor(PlannedPage page) => new(
        page.Meta.Title,
        page.Meta.Description,
        index.Config.Absolute(page.SitePath),
        page.Meta.OpenGraphType,
        page.Meta.Section,
        chrome,
        page.Meta.NoIndex,
        ImageOf(page));

    /// <summary>A preview image needs an absolute address, so it is named only where the site says where it is published.</summary>
    private SocialImageMeta? ImageOf(PlannedPage page) => page.Meta.Image is { } image && index.Config.BaseUrlGiven
        ? new SocialImageMeta(index.Config.Absolute(SitePlan.ImagePathOf(page)), image.Alt, SocialImage.Width, SocialImage.Height)
        : null;
}
