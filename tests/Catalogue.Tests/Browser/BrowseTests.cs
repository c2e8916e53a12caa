using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Catalogue.Tests.Browser;

/// <summary>Finding entries without the search page: the header box, list filters and link previews.</summary>
[Collection(BrowserSite.Collection)]
public class BrowseTests(BrowserSite site, ITestOutputHelper output)
{
    private bool Skipped() => site.SkipsHere(output);

    private static Task<string[]> VisiblePaths(IPage page, string selector) =>
        page.Locator(selector).EvaluateAllAsync<string[]>("links => links.filter(a => a.checkVisibility()).map(a => new URL(a.href).pathname)");

    [SkippableBrowserFact]
    public async Task The_header_box_shows_results_as_you_type_and_opens_one_from_the_keyboard()
    {
        if (Skipped()) return;
        var page = await site.OpenAsync("/");
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("TotalCare");
        await Assertions.Expect(page.Locator("#site-search-results")).ToHaveAttributeAsync("data-query", "TotalCare");
        var first = page.Locator("#site-search-results [role=option]").First;
        await Assertions.Expect(first.Locator(".quick-title")).ToHaveTextAsync("Rolls-Royce TotalCare");
        await Assertions.Expect(first.Locator(".kind-badge")).ToHaveTextAsync("Case");
        Assert.NotEmpty(await first.Locator(".quick-summary").InnerTextAsync());
        Assert.True(await first.Locator(".quick-excerpt mark").CountAsync() > 0, "the excerpt highlights the query");
        Assert.Equal("true", await page.Locator("#site-search-input").GetAttributeAsync("aria-expanded"));

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("quick-option-0", await page.Locator("#site-search-input").GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await first.GetAttributeAsync("aria-selected"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/cases/rolls-royce-totalcare/$"), new() { Timeout = 10_000 });
    }

    [SkippableBrowserFact]
    public async Task The_header_box_says_plainly_when_nothing_matched_and_escape_closes_it()
    {
        if (Skipped()) return;
        var page = await site.OpenAsync("/practices/co-design/");
        await page.Locator("#site-search-input").FillAsync("zzqxjv");
        var message = page.Locator(".quick-message");
        await Assertions.Expect(message).ToContainTextAsync("Nothing matched “zzqxjv”");
        Assert.EndsWith("/practices/", await message.Locator("a").GetAttributeAsync("href"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".quick-results")).ToBeHiddenAsync();
        Assert.Equal("false", await page.Locator("#site-search-input").GetAttributeAsync("aria-expanded"));
    }

    [SkippableBrowserFact]
    public async Task Filtering_the_practice_list_by_materializing_shows_exactly_the_materializing_practices()
    {
        if (Skipped()) return;
        var page = await site.OpenAsync("/practices/");
        var all = await VisiblePaths(page, "[data-facets] > a");
        Assert.Equal(8, all.Length);

        await page.GetByRole(AriaRole.Group, new() { Name = "Dimension" }).GetByLabel("Materializing").CheckAsync();
        Assert.Equal(["/practices/co-design/", "/practices/co-launching/", "/practices/co-testing/"], (await VisiblePaths(page, "[data-facets] > a")).Order());
        await Assertions.Expect(page.Locator(".filter-status")).ToHaveTextAsync("Showing 3 of 8.");
        Assert.Contains("dimension=Materializing", page.Url);

        // Within a facet options add up; the shared URL restores the same choice.
        await page.GetByRole(AriaRole.Group, new() { Name = "Dimension" }).GetByLabel("Linking").CheckAsync();
        Assert.Equal(6, (await VisiblePaths(page, "[data-facets] > a")).Length);
        var shared = await site.OpenAsync(new Uri(page.Url).PathAndQuery);
        Assert.Equal(6, (await VisiblePaths(shared, "[data-facets] > a")).Length);
        Assert.True(await shared.GetByRole(AriaRole.Group, new() { Name = "Dimension" }).GetByLabel("Linking").IsCheckedAsync());

        await shared.GetByRole(AriaRole.Button, new() { Name = "Clear filters" }).ClickAsync();
        await Assertions.Expect(shared.Locator(".filter-status")).ToHaveTextAsync("Showing all 8.");
    }

    [SkippableBrowserFact]
    public async Task Filter_counts_show_what_each_option_would_leave()
    {
        if (Skipped()) return;
        var page = await site.OpenAsync("/practices/?dimension=Materializing");
        var dimension = page.GetByRole(AriaRole.Group, new() { Name = "Dimension" });
        // Options of the facet in use count as if ticked alone; other facets count within the choice.
        await Assertions.Expect(dimension.Locator("label", new() { HasText = "Linking" }).Locator(".count")).ToHaveTextAsync("(3)");
        var capabilityCounts = await page.GetByRole(AriaRole.Group, new() { Name = "Capability" }).Locator(".count")
            .EvaluateAllAsync<int[]>("spans => spans.map(s => parseInt(s.textContent.slice(1)))");
        Assert.All(capabilityCounts, n => Assert.InRange(n, 0, 3));
    }

    [SkippableBrowserFact]
    public async Task Without_javascript_a_list_page_lists_everything_and_hides_its_filters()
    {
        if (Skipped()) return;
        await using var context = await site.Browser!.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/practices/?dimension=Materializing");
        Assert.Equal(8, (await VisiblePaths(page, "[data-facets] > a")).Length);
        Assert.False(await page.Locator(".list-filters").IsVisibleAsync());
    }

    [SkippableBrowserFact]
    public async Task Focusing_a_link_to_an_entry_previews_its_title_type_and_summary()
    {
        if (Skipped()) return;
        var page = await site.OpenAsync("/cases/rolls-royce-totalcare/");
        var link = page.Locator(".prose a[href='/practices/co-design/']").First;
        await link.FocusAsync();
        var preview = page.Locator("#link-preview");
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await Assertions.Expect(preview.Locator(".link-preview-title")).ToHaveTextAsync("Co-design");
        await Assertions.Expect(preview.Locator(".kind-badge")).ToHaveTextAsync("practice");
        Assert.Equal("link-preview", await link.GetAttributeAsync("aria-describedby"));

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(preview).ToBeHiddenAsync();

        // Hovering another entry link shows its preview, from the same one download of summaries.
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        await page.Locator(".prose a[href^='/practices/']:not([href='/practices/co-design/'])").First.HoverAsync();
        await Assertions.Expect(preview).ToBeVisibleAsync();
        Assert.DoesNotContain(requests, u => u.Contains("entries.json"));
    }
}

/// <summary>Every kind of page works under the production Content-Security-Policy from netlify.toml.</summary>
[Collection(BrowserSite.Collection)]
public class PolicyTests(BrowserSite site, ITestOutputHelper output)
{
    [SkippableBrowserTheory]
    [InlineData("/")]
    [InlineData("/practices/")]
    [InlineData("/practices/co-design/")]
    [InlineData("/capabilities/empowered/")]
    [InlineData("/cases/rolls-royce-totalcare/")]
    [InlineData("/concepts/compelling-event/")]
    [InlineData("/frameworks/practice-typology/")]
    [InlineData("/challenges/")]
    [InlineData("/dimensions/linking/")]
    [InlineData("/matrix/")]
    [InlineData("/sources/")]
    [InlineData("/about/")]
    [InlineData("/search/?q=design&type=Practice")]
    [InlineData("/no-such-page/")]
    public async Task The_page_and_its_scripts_run_with_no_policy_violation(string path)
    {
        if (site.SkipsHere(output)) return;
        var page = await site.OpenAsync(path);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        // Exercise what loads code at run time: search's WebAssembly, the summaries for previews.
        await page.Locator("#site-search-input").FillAsync("co-design");
        if (path.StartsWith("/search/"))
            await page.WaitForSelectorAsync(".search-result");
        else
            await Assertions.Expect(page.Locator("#site-search-results")).ToHaveAttributeAsync("data-query", "co-design");
        await page.Keyboard.PressAsync("Escape");
        if (await page.Locator("main a[href^='/practices/']").CountAsync() > 0)
            await page.Locator("main a[href^='/practices/']").First.FocusAsync();
        Assert.Empty(await BrowserSite.PolicyViolationsAsync(page));
        Assert.Empty(errors);
    }
}

[Collection(BrowserSite.Collection)]
public class MatrixBrowserTests(BrowserSite site, ITestOutputHelper output)
{
    [SkippableBrowserFact]
    public async Task The_matrix_page_has_one_row_per_practice_and_one_column_per_case_and_keeps_the_practice_in_view_on_a_phone()
    {
        if (site.SkipsHere(output)) return;
        var page = await site.OpenAsync("/matrix/");
        var content = Path.Combine(RealSiteFixture.RepositoryRoot, "content");
        Assert.Equal(EntryFiles.In(Path.Combine(content, "practices")).Length, await page.Locator("#practice-by-case tbody tr").CountAsync());
        Assert.Equal(EntryFiles.In(Path.Combine(content, "cases")).Length, await page.Locator("#practice-by-case thead th").CountAsync() - 1);

        // On a phone the table scrolls inside its box and the practice column stays put.
        await page.SetViewportSizeAsync(375, 800);
        var scroller = page.Locator(".table-scroll").Filter(new() { Has = page.Locator("#practice-by-case") });
        var practice = page.Locator("#practice-by-case tbody th").First;
        var before = (await practice.BoundingBoxAsync())!.X;
        await scroller.EvaluateAsync("box => box.scrollBy(400, 0)");
        Assert.True(await scroller.EvaluateAsync<double>("box => box.scrollLeft") > 0);
        Assert.Equal(before, (await practice.BoundingBoxAsync())!.X, 1);
    }
}
