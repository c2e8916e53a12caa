using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Catalogue.Markdown.WikiLinks;

internal sealed class HtmlWikiLinkRenderer : HtmlObjectRenderer<WikiLinkInline>
{
    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        var label = link.Label ?? link.Target?.Title ?? link.Id;
        if (link.Target is not { } target)
        {
            // Unresolved links are errors already; still render readable text.
            renderer.WriteEscape(label);
            return;
        }
        renderer.Write("<a href=\"").WriteEscapeUrl(target.Url).Write("\" data-kind=\"").WriteEscape(target.Kind).Write("\">");
        renderer.WriteEscape(label);
        renderer.Write("</a>");
    }
}
