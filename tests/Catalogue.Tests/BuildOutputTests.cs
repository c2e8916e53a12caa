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
}
