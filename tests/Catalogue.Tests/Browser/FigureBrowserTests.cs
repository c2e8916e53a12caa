using Catalogue.Serve;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace Catalogue.Tests.Browser;

/// <summary>
/// The case with a photo and a diagram (<see cref="FigureTests"/>) in chromium, served with the production
/// headers: the browser picks a WebP size, the policy blocks nothing, axe finds no violation, and a heading's
/// anchor appears on hover and on keyboard focus.
/// </summary>
[Collection(BrowserSite.Collection)]
public class FigureBrowserTests(BrowserSite site, ITestOutputHelper output)
{
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    };

    [SkippableBrowserFact]
    public async Task Figures_load_as_webp_under_the_production_policy_and_pass_axe()
    {
        if (site.SkipsHere(output)) return;
        using var c = FigureTests.CaseWithTwoFigures();
        Assert.True((await c.BuildAsync()).Succeeded);
        await using var server = await SiteServer.StartAsync(new SiteServerOptions(c.Output, Headers: NetlifyHeaders.Load(Path.Combine(RealSiteFixture.RepositoryRoot, "netlify.toml"))));
        await using var phone = await site.Browser!.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 800 }, DeviceScaleFactor = 1 });
        var page = await site.OpenAsync("/cases/acme-case/", phone, origin: server.Address);

        var images = page.Locator("figure img");
        Assert.Equal(2, await images.CountAsync());
        for (var i = 0; i < 2; i++)
        {
            await images.Nth(i).ScrollIntoViewIfNeededAsync();
            await page.WaitForFunctionAsync("i => { const img = document.querySelectorAll('figure img')[i]; return img.complete && img.naturalWidth > 0; }", i);
        }
        var photo = await images.Nth(0).EvaluateAsync<string>("img => img.currentSrc");
        // At 375 px (device scale 1) the 480 px WebP is enough.
        Assert.Matches(@"/figures/workshop-[0-9a-f]{8}-480\.webp$", photo);
        Assert.EndsWith(".svg", await images.Nth(1).EvaluateAsync<string>("img => img.currentSrc"));
        Assert.Equal("lazy", await images.Nth(0).GetAttributeAsync("loading"));
        Assert.Empty(await BrowserSite.PolicyViolationsAsync(page));
        // No layout shift: the space for the photo is its shape before and after it loads, and it fits the screen.
        var box = await images.Nth(0).BoundingBoxAsync();
        Assert.True(box!.Width <= 375 && Math.Abs(box.Height / box.Width - 1066.0 / 1600) < 0.01, $"{box.Width} × {box.Height}");

        var result = await page.RunAxe(Wcag22AA);
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help}")));
    }

    [SkippableBrowserFact]
    public async Task A_heading_anchor_shows_on_hover_and_on_focus_only()
    {
        if (site.SkipsHere(output)) return;
        var page = await site.OpenAsync("/practices/co-design/");
        var anchor = page.Locator("h2 .heading-anchor").First;
        var heading = page.Locator("h2:has(.heading-anchor)").First;
        Task<string> Opacity() => anchor.EvaluateAsync<string>("a => getComputedStyle(a).opacity");
        await page.Mouse.MoveAsync(0, 0);
        Assert.Equal("0", await Opacity());
        await heading.HoverAsync();
        Assert.Equal("1", await Opacity());
        await page.Mouse.MoveAsync(0, 0);
        await anchor.FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("1", await Opacity());
        Assert.Equal("#" + await heading.GetAttributeAsync("id"), await anchor.GetAttributeAsync("href"));
    }
}
