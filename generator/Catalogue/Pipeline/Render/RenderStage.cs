using Catalogue.Model;
using Catalogue.Output;
using Catalogue.Rendering;
using Catalogue.Theme.Models;

namespace Catalogue.Pipeline.Render;

/// <summary>Render stage: draws each planned page with its theme component and streams it to the writer.</summary>
public sealed class RenderStage(SiteIndex index, SiteChrome chrome)
{
    public async Task<int> RenderAsync(IReadOnlyList<PlannedPage> pages, ISiteSink writer, CancellationToken cancel = default)
    {
        // HtmlRenderer is single-threaded, so each worker owns one and takes every n-th page.
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, pages.Count / 8 + 1));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            await using var renderer = new ComponentRenderer();
            for (var i = worker; i < pages.Count; i += workers)
            {
                cancel.ThrowIfCancellationRequested();
                var page = pages[i];
                var html = await RenderPageAsync(renderer, page);
                writer.Write(page.OutputFile, html.Span);
            }
        }, cancel)));
        return pages.Count;
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
        page.Meta.NoIndex);
}
