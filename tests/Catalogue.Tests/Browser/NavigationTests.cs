using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Catalogue.Tests.Browser;

/// <summary>The header on a phone, the main navigation, and the marks and citations that explain themselves on hover and focus.</summary>
[Collection(BrowserSite.Collection)]
public class NavigationTests(BrowserSite site, ITestOutputHelper output)
{
    private async Task<IPage> OpenAsync(string path, int width, int height)
    {
        var page = await site.Browser!.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await page.GotoAsync(site.BaseUrl + path);
        return page;
    }

    [SkippableBrowserTheory]
    [InlineData("/")]
    [InlineData("/cases/rolls-royce-totalcare/")]
    [InlineData("/matrix/")]
    [InlineData("/workshop/")]
    public async Task On_a_phone_the_header_takes_less_than_15_percent_of_the_first_screen_and_keeps_every_link(string path)
    {
        if (site.SkipsHere(output)) return;
        var page = await OpenAsync(path, 375, 667);
        var height = await page.EvaluateAsync<double>("document.querySelector('.site-header').getBoundingClientRect().height");
        output.WriteLine($"{path}: header {height:0} px of 667 ({height / 667:P1})");
        Assert.True(height < 0.15 * 667, $"the header is {height:0} px high, {height / 667:P1} of the screen");
        // The navigation scrolls within itself rather than pushing the page sideways, and Tab brings each link into view.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        var last = page.Locator(".site-nav a").Last;
        await last.FocusAsync();
        var box = await last.BoundingBoxAsync();
        Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= 375, $"the last link is at {box?.X}..{box?.X + box?.Width}");
    }

    [SkippableBrowserFact]
    public async Task The_main_navigation_leads_to_the_workshop_builder_and_the_cards()
    {
        if (site.SkipsHere(output)) return;
        var page = await OpenAsync("/practices/co-design/", 1280, 800);
        var nav = page.Locator("nav.site-nav");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Workshop builder" })).ToHaveAttributeAsync("href", "/workshop/");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Cards", Exact = true })).ToHaveAttributeAsync("href", "/cards/");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Workshop builder" }).ClickAsync();
        await Assertions.Expect(page.Locator("nav.site-nav a[aria-current=page]")).ToHaveTextAsync("Workshop builder");
        // One line at desktop width.
        var tops = await page.EvaluateAsync<double[]>("[...document.querySelectorAll('.site-nav a')].map(a => Math.round(a.getBoundingClientRect().top))");
        Assert.Single(tops.Distinct());
    }

    /// <summary>Whether the mark's explanation is on screen rather than only for screen readers.</summary>
    private static Task<double> TipWidthAsync(ILocator mark) => mark.Locator(".reading-tip").EvaluateAsync<double>("e => e.getBoundingClientRect().width");

    [SkippableBrowserFact]
    public async Task Our_reading_has_a_legend_and_explains_itself_on_keyboard_focus_and_hover_until_Escape()
    {
        if (site.SkipsHere(output)) return;
        var page = await OpenAsync("/cases/rolls-royce-totalcare/", 1280, 800);
        await Assertions.Expect(page.Locator(".reading-legend")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".reading-legend")).ToContainTextAsync("the catalogue draws where its source does not name it");
        var marks = page.Locator(".interpretation");
        Assert.True(await marks.CountAsync() >= 2);
        var first = marks.First;
        Assert.True(await TipWidthAsync(first) <= 1, "the explanation shows before anyone asks");

        // Tab reaches the mark like any control, and its explanation appears.
        for (var i = 0; i < 200 && !await first.EvaluateAsync<bool>("e => e === document.activeElement"); i++) await page.Keyboard.PressAsync("Tab");
        Assert.True(await first.EvaluateAsync<bool>("e => e === document.activeElement"), "Tab never reached the mark");
        Assert.True(await TipWidthAsync(first) > 100);
        await Assertions.Expect(first.Locator(".reading-tip")).ToContainTextAsync("the source does not name this link");
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await TipWidthAsync(first) <= 1, "Escape did not hide the explanation");

        // A pointer hovering another mark shows that one's.
        await page.Keyboard.PressAsync("Tab");
        var second = marks.Nth(1);
        await second.HoverAsync();
        Assert.True(await TipWidthAsync(second) > 100);
    }

    [SkippableBrowserFact]
    public async Task A_citation_shows_its_full_reference_on_focus_and_hover()
    {
        if (site.SkipsHere(output)) return;
        var page = await OpenAsync("/practices/co-design/", 1280, 800);
        var citation = page.Locator("cite.citation a[href='/sources/#marcos-cuevas-2016']").First;
        await citation.FocusAsync();
        var preview = page.Locator("#link-preview");
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await Assertions.Expect(preview).ToContainTextAsync("Value co-creation practices and capabilities");
        await Assertions.Expect(preview.Locator(".kind-badge")).ToHaveTextAsync("Source");
        Assert.Equal("link-preview", await citation.GetAttributeAsync("aria-describedby"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(preview).ToBeHiddenAsync();

        await page.EvaluateAsync("document.activeElement.blur()");
        var other = page.Locator("cite.citation a").Nth(3);
        await other.HoverAsync();
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await Assertions.Expect(preview.Locator(".kind-badge")).ToHaveTextAsync("Source");
    }
}
