using Catalogue.Diagnostics;
using Catalogue.Model;
using Markdig.Syntax.Inlines;

namespace Catalogue.Pipeline.Figures;

/// <summary>An image in an entry's body that `check` found sound and listed under 'figures': what the build processes.</summary>
/// <param name="FullPath">The file on disk.</param>
/// <param name="Listing">Its item in the entry's 'figures' (file, credit, license, caption).</param>
/// <param name="At">Where the body shows it, for a problem found only when its pixels are read.</param>
internal sealed record FigureSource(string FullPath, FigureInfo Info, ObjectValue Listing, SourceLocation At)
{
    private static readonly object Key = new();

    public static FigureSource? Of(LinkInline image) => image.GetData(Key) as FigureSource;

    public void AttachTo(LinkInline image) => image.SetData(Key, this);
}
