using Catalogue.Diagnostics;
using Catalogue.Markdown.Citations;
using Catalogue.Markdown.WikiLinks;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.Render;
using Catalogue.Rendering;
using Markdig.Syntax;

namespace Catalogue.Tests.Security;

/// <summary>The sanitizer behind `check`: it allows all our Markdown renders and stops the build on anything else.</summary>
public class MarkdownSanitizerTests
{
    /// <summary>Every construct the Markdown dialect has, with the markup each one renders to.</summary>
    private const string EveryConstruct = """
        ## The story
        Text with *emphasis*, **strong**, `code`, a line\
        break, [[co-design|a wikilink]], a citation [@marcos-cuevas-2016, Table 2], [a link](https://example.org "Its title"),
        <https://example.org/auto>, <team@example.org>, [a section](../practices/co-design.md#pitfalls), ~~struck~~ text,
        a bare www.example.org and a footnote[^1].

        ![A figure](images/a.png "A title")

        ### Lists and quotes

        3. third
        4. fourth

        - a
        - b

        * [x] done
        * [ ] open

        > Quoted.

        ---

        | left | centre | right |
        |:-----|:------:|------:|
        | 1    | 2      | 3     |

        ```yaml
        key: "value" & <more>
        ```

            indented code

        #### Four
        ##### Five
        ###### Six

        [^1]: The note.
        """;

    [Fact]
    public async Task Everything_the_Markdown_renderer_writes_passes_the_sanitizer_and_is_published_as_written()
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "## The story\n", EveryConstruct + "\n");
        c.Edit("cases/acme-case.md", "\n---\n", "\nfigures:\n  - {file: images/a.png, credit: Drawn for the test, license: CC0, caption: A *caption*.}\n---\n");
        FigureFiles.SaveInCase(c.Content, "a.png", FigureFiles.Photo(600, 400, SkiaSharp.SKEncodedImageFormat.Png));
        var result = await c.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = c.Page("cases/acme-case");
        Assert.Contains("<a href=\"/practices/co-design/\" data-kind=\"practice\">a wikilink</a>", page);
        Assert.Contains("<cite class=\"citation\">(<a href=\"/sources/#marcos-cuevas-2016\">", page);
        Assert.Contains("<a href=\"https://example.org\" title=\"Its title\">a link</a>", page);
        Assert.Contains("<a href=\"mailto:team@example.org\">team@example.org</a>", page);
        Assert.Contains("<a href=\"/practices/co-design/#pitfalls\">a section</a>", page);
        Assert.Matches("<picture><source type=\"image/webp\" srcset=\"[^\"]+\" sizes=\"[^\"]+\"><img src=\"/figures/a-[0-9a-f]{8}-600.png\" srcset=\"[^\"]+\" sizes=\"[^\"]+\" width=\"600\" height=\"400\" alt=\"A figure\" loading=\"lazy\" decoding=\"async\"></picture>", page);
        Assert.Contains("<figcaption>A <em>caption</em>. <span class=\"figure-credit\">Image: Drawn for the test; licence: CC0</span></figcaption>", page);
        Assert.Contains("<del>struck</del>", page);
        Assert.Contains("<a href=\"https://www.example.org\">www.example.org</a>", page);
        Assert.Contains("<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a>", page);
        Assert.Contains("<a href=\"#fnref:1\" class=\"footnote-back-ref\">&#8617;</a>", page);
        Assert.Contains("<li class=\"task-list-item\"><input type=\"checkbox\" disabled checked aria-label=\"done\"> done</li>", page);
        Assert.Contains("<ol start=\"3\">", page);
        Assert.Contains("<th style=\"text-align: center;\">centre</th>", page);
        Assert.Contains("<code class=\"language-yaml\">key: &quot;value&quot; &amp; &lt;more&gt;", page);
        Assert.Contains("<h6 id=\"six\">Six <a class=\"heading-anchor\" href=\"#six\" aria-label=\"Link to this section\" data-pagefind-ignore>#</a></h6>", page);
    }

    [Theory]
    [InlineData("<p>a</p><script>alert(1)</script>", "a <script> element")]
    [InlineData("<p><a href=\"javascript:alert(1)\">x</a></p>", "the href=\"javascript:alert(1)\" attribute of <a>")]
    [InlineData("<p><a href=\"vbscript:msgbox(1)\">x</a></p>", "the href=\"vbscript:msgbox(1)\" attribute of <a>")]
    [InlineData("<p><img src=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\" alt=\"\"></p>", "the src=\"data:image/svg+xml,<svg onload=alert(1)>\" attribute of <img>")]
    [InlineData("<p onclick=\"alert(1)\">x</p>", "the onclick=\"alert(1)\" attribute of <p>")]
    [InlineData("<p><iframe src=\"https://example.org\"></iframe></p>", "a <iframe> element")]
    [InlineData("<svg><a href=\"https://example.org\">x</a></svg>", "a <svg> element")]
    [InlineData("<p class=\"skip-link\">x</p>", "the class 'skip-link' of <p>")]
    [InlineData("<table><tr><td style=\"position: fixed\">x</td></tr></table>", "the style 'position: fixed' of <td>")]
    [InlineData("<p>a<!-- hidden --></p>", "an HTML comment")]
    [InlineData("<p>a</p><body onload=\"alert(1)\">", "the onload=\"alert(1)\" attribute of <body>")]
    [InlineData("<html onmouseover=\"alert(1)\"><p>a</p>", "the onmouseover=\"alert(1)\" attribute of <html>")]
    public void What_the_sanitizer_would_remove_is_named(string html, string removal) =>
        Assert.Contains(removal, MarkdownSanitizer.Shared.Removals(html));

    [Fact]
    public void The_sanitizer_is_safe_to_share_between_threads()
    {
        var clean = "<p><a href=\"/practices/co-design/\" data-kind=\"practice\">Co-design</a></p>";
        var unsafeHtml = "<p><a href=\"javascript:alert(1)\">x</a></p>";
        var results = Enumerable.Range(0, 2_000).AsParallel()
            .Select(i => (Clean: i % 2 == 0, Removals: MarkdownSanitizer.Shared.Removals(i % 2 == 0 ? clean : unsafeHtml).Count))
            .ToList();
        Assert.All(results, r => Assert.Equal(r.Clean ? 0 : 1, r.Removals));
    }

    /// <summary>
    /// A bug in the link stage, simulated by rewriting resolved links after it ran: the HTML stage reports
    /// each, at the body or field it is in, and the build would write nothing.
    /// </summary>
    [Fact]
    public void Script_that_a_bug_lets_through_is_an_error_at_its_entry_and_field()
    {
        using var c = new TestCatalogue();
        var diagnostics = new DiagnosticBag();
        var catalogue = new CatalogueLoader(new ContentPaths(c.Content), null, diagnostics, new StageTimings()).Load();
        Assert.False(diagnostics.HasErrors);
        var acme = catalogue.Index.Find("acme-case")!;
        acme.Document!.Descendants<WikiLinkInline>().Single().Target = new ResolvedLink("javascript:alert(1)", "Co-design", "practice");
        acme.InlineDocuments.Values.SelectMany(d => d.Descendants<CitationInline>()).First().Target =
            new ResolvedLink("javascript:alert(2)", "Marcos-Cuevas & Nätti, 2016", "source");

        MarkdownHtmlStage.Run(catalogue.Index.Entries, diagnostics, new StageTimings());

        Assert.Equal(
            [
                ("cases/acme-case.md", 11, "the href=\"javascript:alert(2)\" attribute of <a>"),
                ("cases/acme-case.md", 20, "the href=\"javascript:alert(1)\" attribute of <a>"),
            ],
            diagnostics.Sorted().Select(d => (TestCatalogue.Rel(d), d.Location.Line, d.Message.Split(" holds ")[1].Split(", which")[0])));
        Assert.All(diagnostics.Sorted(), d => Assert.Equal((Codes.UnsafeHtml, true), (d.Code, d.IsError)));
    }
}
