using Catalogue.Markdown;
using Catalogue.Markdown.Citations;
using Catalogue.Markdown.WikiLinks;
using Markdig.Syntax;

namespace Catalogue.Tests;

public class MarkdownExtensionTests
{
    [Fact]
    public void Wikilinks_parse_id_and_label_and_render_resolved_targets()
    {
        var doc = MarkdownSyntax.Parse("Try [[co-design]] or [[co-testing|testing together]].");
        var links = doc.Descendants<WikiLinkInline>().ToList();
        Assert.Equal([("co-design", null), ("co-testing", "testing together")], links.Select(l => (l.Id, l.Label)));
        links[0].Target = new ResolvedLink("/practices/co-design/", "Co-design", "practice");
        links[1].Target = new ResolvedLink("/practices/co-testing/", "Co-testing", "practice");
        Assert.Equal(
            "<p>Try <a href=\"/practices/co-design/\" data-kind=\"practice\">Co-design</a> or <a href=\"/practices/co-testing/\" data-kind=\"practice\">testing together</a>.</p>\n",
            MarkdownSyntax.ToHtml(doc));
    }

    [Fact]
    public void Citations_parse_key_and_locator_and_render_author_year()
    {
        var doc = MarkdownSyntax.Parse("Shown [@karpen-2011, p. 5].");
        var cite = Assert.Single(doc.Descendants<CitationInline>());
        Assert.Equal(("karpen-2011", "p. 5"), (cite.SourceId, cite.Locator));
        cite.Target = new ResolvedLink("/sources/#karpen-2011", "Karpen et al., 2011", "source");
        Assert.Contains("<cite class=\"citation\">(<a href=\"/sources/#karpen-2011\">Karpen et al., 2011, p. 5</a>)</cite>", MarkdownSyntax.ToHtml(doc));
    }

    [Fact]
    public void Ordinary_links_and_brackets_are_left_alone()
    {
        var doc = MarkdownSyntax.Parse("A [normal](https://example.org) link and [brackets].");
        Assert.Empty(doc.Descendants<WikiLinkInline>());
        Assert.Empty(doc.Descendants<CitationInline>());
        Assert.Contains("<a href=\"https://example.org\">normal</a>", MarkdownSyntax.ToHtml(doc));
    }

    [Fact]
    public void Headings_get_anchors_tables_render_and_quotes_are_typographic()
    {
        var html = MarkdownSyntax.ToHtml(MarkdownSyntax.Parse("## How to run it\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n\"Quoted\""));
        Assert.Contains("<h2 id=\"how-to-run-it\">", html);
        Assert.Contains("<table>", html);
        Assert.Contains("&ldquo;Quoted&rdquo;", html);
    }

    [Fact]
    public void Raw_html_is_never_written_as_markup()
    {
        var html = MarkdownSyntax.ToHtml(MarkdownSyntax.Parse("<script>alert(1)</script>\n\ntext <img src=x onerror=alert(1)>"));
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
    }
}
