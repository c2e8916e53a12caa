using Markdig.Syntax.Inlines;

namespace Catalogue.Markdown.Figures;

/// <summary>One size of a processed image: its address and width in pixels.</summary>
internal sealed record FigureVariant(string Url, int Width);

/// <summary>
/// What the page shows of an image the build processed: its sizes in WebP and in a fallback format
/// (<paramref name="Fallback"/> alone for an SVG), its size for the layout, and the credit, licence and
/// caption from the entry's 'figures'. The build attaches it to the image's node before rendering.
/// </summary>
/// <param name="CaptionHtml">The caption rendered and link-resolved, or null.</param>
internal sealed record FigureImage(
    IReadOnlyList<FigureVariant> WebP, IReadOnlyList<FigureVariant> Fallback, int Width, int Height,
    string Credit, string License, string? CaptionHtml)
{
    private static readonly object Key = new();

    public static FigureImage? Of(LinkInline image) => image.GetData(Key) as FigureImage;

    public void AttachTo(LinkInline image) => image.SetData(Key, this);
}
