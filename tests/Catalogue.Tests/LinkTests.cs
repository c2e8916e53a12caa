using Catalogue.Diagnostics;

namespace Catalogue.Tests;

public class LinkTests
{
    [Fact]
    public async Task A_misspelt_practice_id_names_file_line_and_a_suggestion()
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "practice: co-design", "practice: co-desing");
        var d = await c.SingleDiagnosticAsync();
        Assert.Matches(@"content/cases/acme-case\.md:9:15: error CAT040: unknown practice 'co-desing' \(did you mean 'co-design'\?\)$", d.ToString());
    }

    [Fact]
    public async Task A_reference_to_an_entry_of_the_wrong_type()
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "practice: co-design", "practice: empowered");
        var d = await c.SingleDiagnosticAsync();
        Assert.Equal(Codes.WrongReferenceType, d.Code);
        Assert.Contains("'empowered' is a capability, not a practice", d.Message);
    }

    [Fact]
    public async Task A_broken_wikilink_in_the_body_is_reported_at_its_column()
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "[[co-design|designing the service]]", "[[co-designs]]");
        var d = await c.SingleDiagnosticAsync();
        Assert.Equal((Codes.UnknownReference, 21, 34), (d.Code, d.Location.Line, d.Location.Column));
        Assert.Equal("did you mean 'co-design'?", d.Hint);
    }

    [Fact]
    public async Task An_unknown_citation_key()
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "blueprint [@marcos-cuevas-2016, Table 2]", "blueprint [@marcos-cuevas-2015, Table 2]");
        var d = await c.SingleDiagnosticAsync();
        Assert.Equal((Codes.UnknownSource, "did you mean 'marcos-cuevas-2016'?"), (d.Code, d.Hint));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", Codes.UnsafeUrl)]
    [InlineData("[x](JaVaScRiPt:alert(1))", Codes.UnsafeUrl)]
    [InlineData("[x](data:text/html,hi)", Codes.UnsafeUrl)]
    [InlineData("<script>alert(1)</script>", Codes.RawHtml)]
    [InlineData("a <b onclick=x>b</b>", Codes.RawHtml)]
    [InlineData("[x](../practices/missing.md)", Codes.BrokenLink)]
    public async Task Unsafe_or_broken_body_content_is_an_error(string markdown, string code)
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "## The story", "## The story\n" + markdown + "\n");
        Assert.Contains((await c.CheckAsync()).Diagnostics, d => d.Code == code && d.IsError);
    }

    [Fact]
    public async Task Relative_md_links_and_wikilinks_become_site_links_and_backlinks()
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "## The story", "## The story\nSee [the capability](../capabilities/empowered.md#what-it-is).\n");
        var result = await c.BuildAsync();
        Assert.True(result.Succeeded);
        var casePage = c.Page("cases/acme-case");
        Assert.Contains("href=\"/capabilities/empowered/#what-it-is\"", casePage);
        Assert.Contains("<a href=\"/practices/co-design/\" data-kind=\"practice\">designing the service</a>", casePage);
        // backlinks: the capability page lists the case and the practice that link to it
        var capability = c.Page("capabilities/empowered");
        var referencedBy = capability[capability.IndexOf("Referenced by", StringComparison.Ordinal)..];
        Assert.Contains("/cases/acme-case/", referencedBy);
        Assert.Contains("/practices/co-design/", referencedBy);
    }

    [Fact]
    public async Task A_concept_nothing_links_to_is_a_warning_that_does_not_fail_the_build()
    {
        using var c = new TestCatalogue();
        c.Write("concepts/lonely.md", "---\ntitle: Lonely\nsummary: Nobody links here.\nsources: [marcos-cuevas-2016]\n---\nText.");
        var result = await c.BuildAsync();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((Codes.Orphan, Severity.Warning), (d.Code, d.Severity));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Links_to_sections_are_checked_against_the_target_s_headings_in_a_check_and_a_build_alike()
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "on [[co-design|designing the service]].",
            "on [[co-design|designing the service]], avoiding [its pitfalls](../practices/co-design.md#pitfalls) and [more](../practices/co-design.md#pitfals).");
        c.Edit("capabilities/empowered.md", "Share the agenda.\n", "");

        var check = await c.CheckAsync();
        var build = await c.BuildAsync();

        Assert.Equal(check.Diagnostics.Select(d => d.ToString()), build.Diagnostics.Select(d => d.ToString()));
        Assert.Collection(check.Diagnostics.OrderBy(d => d.Code),
            d => Assert.Matches(@"content/cases/acme-case\.md:21:135: error CAT043: link to '\.\./practices/co-design\.md#pitfals' points at no section of 'co-design' \(did you mean 'pitfalls'\?\)$", d.ToString()),
            d => Assert.Matches(@"content/capabilities/empowered\.md:11:1: error CAT052: the section '## How to build it' is empty", d.ToString()));
        // A check renders nothing, so it lets each entry's Markdown go once linked, keeping only the headings.
        Assert.All(check.Catalogue!.Index.Entries, e => Assert.Null(e.Document));
        Assert.Contains(check.Catalogue.Index.Find("co-design")!.Headings, h => h is { Level: 2, Text: "Pitfalls", Id: "pitfalls", Empty: false });
        Assert.All(build.Catalogue!.Index.Entries, e => Assert.NotNull(e.Document));
    }
}
