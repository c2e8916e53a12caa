using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Catalogue.Tests;

/// <summary>The methods of the real content as a practitioner meets them: from a practice, on their own page, on a case, on paper.</summary>
public class MethodPagesTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private IDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, path, "index.html")));

    private const string Trial = "/methods/joint-trial-on-the-customer-line/";

    [Fact]
    public void A_practice_page_leads_with_its_methods_and_its_workshop_outline_points_to_them()
    {
        var page = Page("practices/co-testing");
        var methods = page.QuerySelector("#methods-heading")!.ParentElement!;
        Assert.Contains(methods.QuerySelectorAll("a"), a => a.GetAttribute("href") == Trial);
        // The methods come before the capabilities, the body and the generic outline.
        Assert.True(methods.CompareDocumentPosition(page.QuerySelector("#capabilities-heading")!).HasFlag(DocumentPositions.Following));
        Assert.NotNull(page.QuerySelector(".workshop a[href='#methods-heading']"));
    }

    [Fact]
    public void A_method_page_labels_its_guidance_times_its_steps_and_cites_where_it_was_seen()
    {
        var page = Page("methods/joint-trial-on-the-customer-line");
        var use = page.QuerySelector("#use-heading")!.ParentElement!;
        Assert.Contains("The catalogue's guidance, not the sources'.", use.TextContent);
        var guide = page.QuerySelector("#guide-heading")!.ParentElement!;
        Assert.Contains("Facilitation guidance from the catalogue, not from the sources", guide.TextContent);
        var minutes = guide.QuerySelectorAll(".timed-steps .step-minutes").Select(m => int.Parse(m.TextContent.Split(' ')[0])).ToList();
        Assert.Equal(120, minutes.Sum());
        Assert.Contains("120 minutes", guide.QuerySelector("dl.facts")!.TextContent);

        var seen = page.QuerySelector("#seen-heading")!.ParentElement!;
        Assert.Contains(seen.QuerySelectorAll("h3 a"), a => a.GetAttribute("href") == "/cases/bekaert-carding/");
        Assert.All(seen.QuerySelectorAll(".case-use > p:last-child"), p => Assert.NotNull(p.QuerySelector("cite.citation")));
        Assert.Equal(Trial + "sheet/", guide.QuerySelector("a[href$='/sheet/']")?.GetAttribute("href"));
    }

    [Fact]
    public void A_method_s_sheet_prints_its_template_s_columns_and_blank_rows()
    {
        var page = Page("methods/joint-trial-on-the-customer-line/sheet");
        Assert.Equal("Trial plan", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["What we measure", "Baseline", "Target", "Stop rule", "Who records it", "How often", "Shared with"],
            page.QuerySelectorAll(".sheet-grid th").Select(th => th.TextContent));
        Assert.Equal(8, page.QuerySelectorAll(".sheet-grid tbody tr").Length);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content")?.Split(',')[0]);
    }

    [Fact]
    public void A_case_page_lists_the_methods_seen_there()
    {
        var methods = Page("cases/bekaert-carding").QuerySelector("#methods-heading")!.ParentElement!;
        Assert.Contains(methods.QuerySelectorAll("a"), a => a.GetAttribute("href") == Trial);
    }

    [Fact]
    public void The_data_says_which_fields_are_the_sources_and_which_are_our_advice()
    {
        var origins = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(site.Output, "data", "catalogue.json")))!["field_origins"]!;
        Assert.Equal(["seen_at"], origins["method"]!["sourced"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(["when", "produces", "guide", "template"], origins["method"]!["guidance"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(["workshop"], origins["practice"]!["guidance"]!.AsArray().Select(n => (string?)n));
        Assert.Contains("practices[].activities", origins["case"]!["sourced"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void A_method_s_workshop_block_names_the_cases_where_it_was_seen()
    {
        var blocks = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(site.Output, "workshop", "blocks.json")))!["entries"]!.AsArray();
        var trial = blocks.Single(b => (string?)b!["id"] == "joint-trial-on-the-customer-line")!;
        Assert.Equal(["bekaert-carding", "mining-remote-monitoring"], trial["cases"]!.AsArray().Select(n => (string?)n));
    }
}
