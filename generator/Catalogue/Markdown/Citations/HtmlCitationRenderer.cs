using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Catalogue.Markdown.Citations;

/// <summary>Renders a citation as an author–year link to the bibliography: (Karpen et al., 2011, p. 5).</summary>
internal sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        var label = citation.Target?.Title ?? citation.SourceId;
        var text = citation.Locator is null ? label : $"{label}, {citation.Locator}";
        if (citation.Target is not { } target)
        {
            renderer.Write("<cite>(").WriteEscape(text).Write(")</cite>");
            return;
        }
        renderer.Write("<cite class=\"citation\">(<a href=\"").WriteEscapeUrl(target.Url).Write("\">");
        renderer.WriteEscape(text);
        renderer.Write("</a>)</cite>");
    }
}
