using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalogue.Markdown.Figures;

/// <summary>
/// Renders a paragraph that holds only a processed image as a figure: a picture with its sizes, the caption,
/// the credit and the licence. Every other paragraph is written as Markdig writes it.
/// </summary>
internal sealed class FigureExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.ReplaceOrAdd<ParagraphRenderer>(new HtmlFigureRenderer());
    }

    /// <summary>The image a paragraph consists of (blank text around it aside), or null.</summary>
    public static LinkInline? LoneImage(ParagraphBlock paragraph)
    {
        LinkInline? image = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline { IsImage: true } link && image is null) image = link;
            else if (!(inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace() || inline is LineBreakInline)) return null;
        }
        return image;
    }
}
