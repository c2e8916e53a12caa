namespace Catalogue.Tests;

public class BuildOutputTests
{
    [Fact]
    public async Task A_failed_build_leaves_the_previous_site_untouched()
    {
        using var c = new TestCatalogue();
        Assert.True((await c.BuildAsync()).Succeeded);
        var before = SiteFingerprint.Of(c.Output);

        c.Edit("cases/acme-case.md", "practice: co-design", "practice: co-desing");
        var failed = await c.BuildAsync();

        Assert.False(failed.Succeeded);
        Assert.Equal(before, SiteFingerprint.Of(c.Output));
        Assert.Empty(Directory.GetDirectories(c.Root, ".*")); // no staging folder left behind
    }

    [Fact]
    public async Task Two_builds_of_the_same_content_are_byte_identical()
    {
        using var c = new TestCatalogue();
        await c.BuildAsync();
        var first = SiteFingerprint.Of(c.Output);
        await c.BuildAsync();
        Assert.Equal(first, SiteFingerprint.Of(c.Output));
    }

    [Fact]
    public async Task A_case_page_shows_its_practice_matrix_grouped_by_dimension()
    {
        using var c = new TestCatalogue();
        await c.BuildAsync();
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(c.Page("cases/acme-case"));
        var row = Assert.Single(page.QuerySelectorAll(".practice-matrix tbody tr"));
        Assert.Equal("Materializing", row.QuerySelector("th[scope=rowgroup]")!.TextContent.Trim());
        Assert.Equal("Co-design", row.QuerySelector("th[scope=row] a")!.TextContent.Trim());
        Assert.Contains("Engineers from both firms drew the service blueprint", row.QuerySelector("td")!.TextContent);
        Assert.NotNull(page.QuerySelector(".interpretation")); // the capability row is marked as our reading
    }

    [Fact]
    public async Task A_row_that_is_our_reading_shows_its_reason_beside_the_mark_on_the_case_practice_and_matrix_pages()
    {
        using var c = new TestCatalogue();
        c.Write("cases/acme-case.md", File.ReadAllText(Path.Combine(c.Content, "cases", "acme-case.md")).Replace(
            "      - Engineers from both firms drew the service blueprint [@marcos-cuevas-2016, Table 2].\n",
            "      - Engineers from both firms drew the service blueprint [@marcos-cuevas-2016, Table 2].\n" +
            "    interpretation: true\n    reason: The table's columns are lost in our copy [@marcos-cuevas-2016, Table 2].\n"));
        Assert.True((await c.BuildAsync()).Succeeded);
        var parser = new AngleSharp.Html.Parser.HtmlParser();

        var @case = parser.ParseDocument(c.Page("cases/acme-case"));
        var row = Assert.Single(@case.QuerySelectorAll(".practice-matrix tbody tr"));
        Assert.NotNull(row.QuerySelector("th[scope=row] .interpretation"));
        Assert.Contains("The table's columns are lost in our copy", row.QuerySelector("td .reading-reason")!.TextContent);
        Assert.Contains("The source does not name this capability for the case.", @case.QuerySelector(".uses dd .reading-reason")!.TextContent);

        Assert.Contains("The table's columns are lost in our copy", parser.ParseDocument(c.Page("practices/co-design")).QuerySelector(".case-use .reading-reason")!.TextContent);
        Assert.Contains("The table's columns are lost in our copy", parser.ParseDocument(c.Page("matrix")).QuerySelector("#practice-by-case .reading-reason")!.TextContent);
    }
}
