using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalogue.Markdown.Figures;

/// <summary>
/// Writes a figure: WebP sizes first, the original format as the fallback, width and height so the page does
/// not shift as the image loads, lazy loading, and the caption, credit and licence under it.
/// </summary>
internal sealed class HtmlFigureRenderer : ParagraphRenderer
{
    /// <summary>The figure's width on the page: the reading column (the stylesheet's --measure, 42rem) on wide screens, the screen below.</summary>
    public const string Sizes = "(min-width: 44rem) 42rem, 100vw";

    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        if (!renderer.EnableHtmlForBlock || FigureExtension.LoneImage(paragraph) is not { } image || FigureImage.Of(image) is not { } figure)
        {
            base.Write(renderer, paragraph);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<figure class=\"figure\">").WriteLine();
        renderer.Write("<picture>");
        if (figure.WebP.Count > 0)
            renderer.Write("<source type=\"image/webp\" srcset=\"").Write(SourceSet(figure.WebP)).Write("\" sizes=\"").Write(Sizes).Write("\" />");
        var largest = figure.Fallback[^1];
        renderer.Write("<img src=\"").WriteEscapeUrl(largest.Url).Write('"');
        if (figure.Fallback.Count > 1)
            renderer.Write(" srcset=\"").Write(SourceSet(figure.Fallback)).Write("\" sizes=\"").Write(Sizes).Write('"');
        renderer.Write(" width=\"").Write(figure.Width.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Write("\" height=\"").Write(figure.Height.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
        renderer.Write(" alt=\"");
        var wasHtml = renderer.EnableHtmlForInline;
        renderer.EnableHtmlForInline = false;
        renderer.WriteChildren(image);
        renderer.EnableHtmlForInline = wasHtml;
        renderer.Write("\" loading=\"lazy\" decoding=\"async\" /></picture>").WriteLine();
        renderer.Write("<figcaption>");
        if (figure.CaptionHtml is { } caption) renderer.Write(caption).Write(' ');
        renderer.Write("<span class=\"figure-credit\">Image: ").WriteEscape(figure.Credit).Write("; licence: ").WriteEscape(figure.License).Write("</span>");
        renderer.Write("</figcaption>").WriteLine();
        renderer.Write("</figure>").WriteLine();
    }

    /// <summary>The addresses are the build's own (the site's path, then letters, digits and hyphens), so they need no escaping.</summary>
    private static string SourceSet(IEnumerable<FigureVariant> variants) =>
        string.Join(", ", variants.Select(v => $"{v.Url} {v.Width}w"));
}
