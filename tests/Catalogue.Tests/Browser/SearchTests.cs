using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Catalogue.Tests.Browser;

[Collection(BrowserSite.Collection)]
public class SearchTests(BrowserSite site, ITestOutputHelper output)
{
    private bool Skipped() => site.SkipsHere(output);

    private static async Task<IReadOnlyList<string>> ResultUrls(IPage page)
    {
        await page.WaitForSelectorAsync(".search-result h2 a");
        return await page.Locator(".search-result h2 a").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
    }

    [SkippableBrowserFact]
    public async Task Searching_TotalCare_returns_the_Rolls_Royce_case_first()
    {
        if (Skipped()) return;
        var page = await site.OpenAsync("/search/?q=TotalCare");
        Assert.Equal("/cases/rolls-royce-totalcare/", (await ResultUrls(page))[0]);
    }

    [SkippableBrowserFact]
    public async Task A_typo_still_finds_co_design()
    {
        if (Skipped()) return;
        var page = await site.OpenAsync("/search/?q=co-desgin");
        Assert.Contains("/practices/co-design/", (await ResultUrls(page)).Take(3));
        Assert.Contains("Showing results for “co-design”", await page.Locator("#search-status").InnerTextAsync());
    }

    [SkippableBrowserFact]
    public async Task Filtering_by_materializing_and_practice_shows_exactly_the_materializing_practices()
    {
        if (Skipped()) return;
        var page = await site.OpenAsync("/search/?type=Practice&dimension=Materializing");
        await page.WaitForSelectorAsync(".search-result");
        var urls = (await ResultUrls(page)).Order().ToList();
        Assert.Equal(["/practices/co-design/", "/practices/co-launching/", "/practices/co-testing/"], urls);
    }

    [SkippableBrowserFact]
    public async Task Slash_focuses_the_search_box_and_the_query_goes_into_the_url()
    {
        if (Skipped()) return;
        var page = await site.OpenAsync("/practices/co-design/");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("site-search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("embedding");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search/\?q=embedding$"), new() { Timeout = 15_000 });
        Assert.Contains("/practices/embedding/", await ResultUrls(page));
    }

    [SkippableBrowserFact]
    public async Task Nothing_matched_says_so_with_a_link_to_browse()
    {
        if (Skipped()) return;
        var page = await site.OpenAsync("/search/?q=zzqxjv");
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToContainTextAsync("Nothing matched");
        Assert.Equal(1, await status.Locator("a").CountAsync());
    }
}

/// <summary>A browser test; it reports itself as skipped in its output when no browser is installed.</summary>
public sealed class SkippableBrowserFactAttribute : FactAttribute
{
    public SkippableBrowserFactAttribute() => Skip = BrowserSite.SkipReason;
}
