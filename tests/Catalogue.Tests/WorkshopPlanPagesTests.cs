using System.Text.Json;
using System.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Catalogue.Tests;

/// <summary>The real content's ready-made workshop plans: their pages, and their place on /workshop/.</summary>
public class WorkshopPlanPagesTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private IDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, path, "index.html")));

    private const string CoDiagnosis = "workshops/half-day-co-diagnosis-with-a-key-account";
    private const string CoIdeation = "workshops/co-ideation-day-with-a-customers-front-line";

    [Fact]
    public void A_plan_page_says_it_is_the_catalogue_s_design_and_times_its_agenda_from_its_start()
    {
        var page = Page(CoDiagnosis);
        Assert.Contains("This plan is the catalogue's design, not a paper's", page.QuerySelector(".plan-design")!.TextContent);
        var rows = page.QuerySelectorAll(".plan-agenda tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["09:00–09:15", "09:15–10:45", "10:45–11:05", "11:05–13:05"], rows.Select(r => r[0]));
        Assert.Equal("Welcome and what this morning must decide", rows[0][1]);
        Assert.Equal("Break", rows[2][1]);
        Assert.Equal(["/methods/shared-data-review/", "/methods/account-steering-group/"],
            page.QuerySelectorAll(".plan-agenda a").Select(a => a.GetAttribute("href")));
        Assert.Contains("4 h 5 min, from 09:00 to 13:05", page.QuerySelector("dl.facts")!.TextContent);
        Assert.Contains("4–10 people", page.QuerySelector("dl.facts")!.TextContent);
        var why = page.QuerySelector("#why-heading")!.ParentElement!;
        Assert.Contains("catalogue's design", why.TextContent);
        Assert.Null(why.QuerySelector("cite.citation"));
    }

    [Fact]
    public void A_plan_without_a_start_of_09_00_starts_at_its_own_time()
    {
        var times = Page(CoIdeation).QuerySelectorAll(".plan-agenda tbody tr td:first-child").Select(td => td.TextContent).ToList();
        Assert.Equal(["08:30–14:30", "14:30–14:45", "14:45–17:15"], times);
    }

    [Fact]
    public void The_builder_link_and_the_slides_data_hold_the_plan_s_blocks_in_the_builder_s_format()
    {
        var page = Page(CoDiagnosis);
        var href = page.QuerySelector("a[data-open-in-builder]")!.GetAttribute("href")!;
        Assert.StartsWith("/workshop/?", href);
        var query = HttpUtility.ParseQueryString(href[(href.IndexOf('?') + 1)..]);
        Assert.Equal("Half-day co-diagnosis with a key account", query["title"]);
        Assert.Equal("09:00", query["start"]);
        Assert.Equal("10", query["size"]);
        Assert.Equal("*custom_15.shared-data-review_90.*break_20.account-steering-group_120", query["blocks"]);
        Assert.Equal("Welcome and what this morning must decide", query["t0"]);
        Assert.StartsWith("Leave the sorted anomalies on the wall", query["n2"]);

        using var workshop = JsonDocument.Parse(page.QuerySelector("[data-plan-tools]")!.GetAttribute("data-workshop")!);
        var blocks = workshop.RootElement.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(["custom", "entry", "break", "entry"], blocks.Select(b => b.GetProperty("type").GetString()));
        Assert.Equal("shared-data-review", blocks[1].GetProperty("id").GetString());
        Assert.Equal([15, 90, 20, 120], blocks.Select(b => b.GetProperty("minutes").GetInt32()));
        Assert.Equal("09:00", workshop.RootElement.GetProperty("start").GetString());
    }

    [Fact]
    public void The_workshop_page_lists_both_plans_with_their_total_time_before_the_builder()
    {
        var page = Page("workshop");
        var plans = page.QuerySelector("#plans-heading")!.ParentElement!;
        var items = plans.QuerySelectorAll("li").ToList();
        Assert.Equal(["/" + CoIdeation + "/", "/" + CoDiagnosis + "/"], items.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(["8 h 45 min", "4 h 5 min"], items.Select(li => li.QuerySelector(".plan-total")!.TextContent));
        Assert.All(items, li => Assert.False(string.IsNullOrWhiteSpace(li.QuerySelector("p")!.TextContent)));
        // Served without JavaScript: not inside the builder, which the script shows.
        Assert.Null(plans.Closest("[hidden]"));
        Assert.True(plans.CompareDocumentPosition(page.QuerySelector("[data-workshop-builder]")!).HasFlag(DocumentPositions.Following));
    }
}
