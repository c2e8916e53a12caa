using Catalogue.Model;
using Catalogue.Pipeline.Link;

namespace Catalogue.Export;

/// <summary>How many slides a deck got, and how many of them continue a slide whose text did not fit on one.</summary>
internal sealed record DeckSummary(int Slides, int Continuations);

/// <summary>A deck from the catalogue: its content, fitted slide by slide, written as PowerPoint.</summary>
internal static class DeckExport
{
    public static IReadOnlyList<FittedSlide> Fit(SiteIndex index, LinkGraph graph, DeckRequest request) =>
        new DeckContent(index, new EntryRelations(index, graph)).Slides(request).SelectMany(SlidePaginator.Fit).ToList();

    public static DeckSummary Write(Stream output, SiteIndex index, LinkGraph graph, DeckRequest request)
    {
        var slides = Fit(index, graph, request);
        DeckWriter.Write(output, slides, request.Title ?? "Co-creation workshop", index.Config.Title);
        return new DeckSummary(slides.Count, slides.Count(s => s.Content.Title.EndsWith(" (cont.)", StringComparison.Ordinal)));
    }
}
