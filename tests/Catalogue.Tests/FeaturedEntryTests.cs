namespace Catalogue.Tests;

/// <summary>What the home page features is content: the home page entry names it.</summary>
public class FeaturedEntryTests
{
    [Fact]
    public async Task The_home_page_features_the_entry_its_front_matter_names_and_nothing_when_it_names_none()
    {
        using var c = new TestCatalogue();
        c.Write("pages/home.md", """
            ---
            title: Home
            summary: The catalogue.
            featured: empowered
            ---
            Welcome.
            """);
        Assert.True((await c.BuildAsync()).Succeeded);
        var section = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(c.Page("")).QuerySelector("section.engagement")!;
        Assert.Equal("Empowered interaction capability", section.QuerySelector("h2")!.TextContent);

        c.Edit("pages/home.md", "featured: empowered\n", "");
        Assert.True((await c.BuildAsync()).Succeeded);
        Assert.DoesNotContain("class=\"engagement\"", c.Page(""));
    }
}
