using Catalogue.Diagnostics;
using Catalogue.Markdown;
using Catalogue.Rendering;

namespace Catalogue.Tests;

/// <summary>The Markdown contributors know from GitHub: each feature renders as it should, and the sanitizer keeps it.</summary>
public class MarkdownFeatureTests
{
    public static TheoryData<string, string> Samples => new()
    {
        {
            "Shown in trials[^1].\n\n[^1]: The second trial only.",
            "<p>Shown in trials<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a>.</p>\n" +
            "<div class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn:1\">\n<p>The second trial only.<a href=\"#fnref:1\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n</ol>\n</div>\n"
        },
        {
            "- [x] Book the room\n- [ ] Print the cards",
            "<ul class=\"contains-task-list\">\n" +
            "<li class=\"task-list-item\"><input type=\"checkbox\" disabled checked aria-label=\"done\" /> Book the room</li>\n" +
            "<li class=\"task-list-item\"><input type=\"checkbox\" disabled aria-label=\"not done\" /> Print the cards</li>\n</ul>\n"
        },
        { "A ~~first~~ second try.", "<p>A <del>first</del> second try.</p>\n" },
        {
            "See https://example.org/a and www.example.org.",
            "<p>See <a href=\"https://example.org/a\">https://example.org/a</a> and <a href=\"https://www.example.org\">www.example.org</a>.</p>\n"
        },
        {
            "## How to run it",
            "<h2 id=\"how-to-run-it\">How to run it <a class=\"heading-anchor\" href=\"#how-to-run-it\" aria-label=\"Link to this section\" data-pagefind-ignore>#</a></h2>\n"
        },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_feature_renders_as_expected_and_passes_the_sanitizer(string markdown, string html)
    {
        var rendered = MarkdownSyntax.ToHtml(MarkdownSyntax.Parse(markdown));
        Assert.Equal(html, rendered);
        Assert.Empty(MarkdownSanitizer.Shared.Removals(rendered));
    }

    [Fact]
    public async Task A_built_page_shows_footnotes_tasks_and_a_heading_anchor()
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "## The story\n", "## The story\n\n- [x] Agreed the blueprint[^1]\n\n[^1]: In the second workshop.\n\n");
        var result = await c.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var page = c.Page("cases/acme-case");
        Assert.Contains("<a class=\"heading-anchor\" href=\"#the-story\"", page);
        Assert.Contains("<input type=\"checkbox\" disabled checked aria-label=\"done\">", page);
        Assert.Contains("<li id=\"fn:1\">", page);
    }

    public static TheoryData<string, int, int, string> Unsupported => new()
    {
        { "Shown in trials[^1].", 21, 16, "footnote reference with no note" },
        { "Blueprint\n: A drawing of the service.", 22, 1, "definition lists are not supported" },
        { "> [!NOTE]\n> Ask first.", 21, 3, "GitHub alerts ('> [!NOTE]') are not supported" },
        { "```mermaid\ngraph TD\n```", 21, 1, "Mermaid diagrams are not drawn on the site" },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public async Task Syntax_the_site_does_not_render_is_an_error_at_its_line(string markdown, int line, int column, string message)
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "Acme worked with its customer on [[co-design|designing the service]].", markdown + "\n\n[[co-design]]");
        var d = await c.SingleDiagnosticAsync();
        Assert.Equal((Codes.UnsupportedMarkdown, Severity.Error, line, column), (d.Code, d.Severity, d.Location.Line, d.Location.Column));
        Assert.StartsWith(message, d.Message);
    }

    [Fact]
    public async Task A_footnote_left_in_an_inline_field_is_reported_there()
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "Downtime fell [@marcos-cuevas-2016, Table 2].", "Downtime fell[^2] [@marcos-cuevas-2016, Table 2].");
        var d = await c.SingleDiagnosticAsync();
        Assert.Equal((Codes.UnsupportedMarkdown, 18, 18), (d.Code, d.Location.Line, d.Location.Column));
    }
}
