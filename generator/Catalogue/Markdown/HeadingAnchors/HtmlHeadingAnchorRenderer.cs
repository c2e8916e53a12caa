using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Catalogue.Markdown.HeadingAnchors;

/// <summary>
/// Writes a heading as Markdig does, followed inside it by a "#" link to its own id. The link is named for
/// screen readers ("Link to this section") and kept out of the search index; the stylesheet shows it on
/// hover and focus.
/// </summary>
internal sealed class HtmlHeadingAnchorRenderer : HeadingRenderer
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var id = heading.TryGetAttributes()?.Id;
        if (id is null || !renderer.EnableHtmlForBlock)
        {
            base.Write(renderer, heading);
            return;
        }
        var tag = "h" + Math.Clamp(heading.Level, 1, 6);
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        renderer.Write(" <a class=\"heading-anchor\" href=\"#").WriteEscapeUrl(id)
            .Write("\" aria-label=\"Link to this section\" data-pagefind-ignore>#</a>");
        renderer.Write("</").Write(tag).WriteLine('>');
    }
}
