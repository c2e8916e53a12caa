using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Catalogue.Tests.Browser;

/// <summary>What a visitor's settings do to the site: colour scheme, motion, no JavaScript, screen width and print.</summary>
[Collection(BrowserSite.Collection)]
public class VisitorSettingsTests(BrowserSite site, ITestOutputHelper output)
{
    /// <summary>One page of each type.</summary>
    public static TheoryData<string> PageTypes() =>
    [
        "/", "/practices/", "/practices/co-design/", "/capabilities/empowered/", "/cases/rolls-royce-totalcare/",
        "/dimensions/linking/", "/concepts/compelling-event/", "/frameworks/practice-typology/", "/matrix/",
        "/sources/", "/about/", "/cards/", "/data/",
    ];

    private bool Skipped() => site.SkipsHere(output);

    private async Task<IPage> OpenAsync(string path, BrowserNewContextOptions options)
    {
        var context = await site.Browser!.NewContextAsync(options);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        return page;
    }

    [SkippableBrowserTheory]
    [MemberData(nameof(PageTypes))]
    public async Task Screenshots_at_three_widths_and_in_print_are_kept_as_artifacts(string path)
    {
        if (Skipped()) return;
        var folder = Path.Combine(RealSiteFixture.RepositoryRoot, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var name = path.Trim('/').Replace('/', '-') is { Length: > 0 } n ? n : "home";
        foreach (var width in new[] { 375, 768, 1280 })
        {
            var page = await OpenAsync(path, new() { ViewportSize = new() { Width = width, Height = 900 } });
            var file = Path.Combine(folder, $"{name}-{width}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 1000);
            if (width == 375)
                Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, $"{path} scrolls sideways at 375 px");
            await page.Context.CloseAsync();
        }
        var print = await OpenAsync(path, new() { ViewportSize = new() { Width = 800, Height = 1100 } });
        await print.EmulateMediaAsync(new() { Media = Media.Print });
        var printed = Path.Combine(folder, $"{name}-print.png");
        await print.ScreenshotAsync(new() { Path = printed, FullPage = true });
        // In print the page is content alone: no navigation, no search box.
        Assert.False(await print.Locator(".site-nav").IsVisibleAsync());
        Assert.False(await print.Locator(".site-search").IsVisibleAsync());
        await print.Context.CloseAsync();
    }

    [SkippableBrowserTheory]
    [MemberData(nameof(PageTypes))]
    public async Task The_content_shows_without_javascript(string path)
    {
        if (Skipped()) return;
        var withScript = await OpenAsync(path, new());
        var withoutScript = await OpenAsync(path, new() { JavaScriptEnabled = false });
        // Scripts only add controls (filters, buttons); the content, without them, must be all there already.
        const string ContentText = "() => { const m = document.querySelector('main').cloneNode(true); m.querySelectorAll('.list-filters, button').forEach(e => e.remove()); return m.textContent.replace(/\\s+/g, ' ').trim(); }";
        var full = await withScript.EvaluateAsync<string>(ContentText);
        var bare = await withoutScript.EvaluateAsync<string>(ContentText);
        Assert.True(bare.Length >= full.Length * 0.98, $"{path}: {bare.Length} characters without JavaScript, {full.Length} with it");
        await withScript.Context.CloseAsync();
        await withoutScript.Context.CloseAsync();
    }

    [SkippableBrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_colour_scheme_follows_the_system_setting(ColorScheme scheme)
    {
        if (Skipped()) return;
        var page = await OpenAsync("/practices/co-design/", new() { ColorScheme = scheme });
        var (background, text) = (await Luminance(page, "backgroundColor"), await Luminance(page, "color"));
        if (scheme == ColorScheme.Dark) Assert.True(background < 0.1 && text > 0.6, $"dark: background {background:0.00}, text {text:0.00}");
        else Assert.True(background > 0.9 && text < 0.2, $"light: background {background:0.00}, text {text:0.00}");
        await page.Context.CloseAsync();
    }

    [SkippableBrowserTheory]
    [InlineData(ReducedMotion.Reduce)]
    [InlineData(ReducedMotion.NoPreference)]
    public async Task Motion_follows_the_system_setting(ReducedMotion motion)
    {
        if (Skipped()) return;
        var page = await OpenAsync("/cases/rolls-royce-totalcare/", new() { ReducedMotion = motion });
        var scroll = await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).scrollBehavior");
        var moving = await page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll("*")].filter(e => {
              const s = getComputedStyle(e);
              return s.transitionDuration.split(",").some(d => parseFloat(d) > 0) || s.animationName !== "none";
            }).length
            """);
        if (motion == ReducedMotion.Reduce)
        {
            Assert.Equal("auto", scroll);
            Assert.Equal(0, moving);
        }
        else
        {
            Assert.Equal("smooth", scroll);
            Assert.True(moving > 0, "the skip link slides in when motion is welcome");
        }
        await page.Context.CloseAsync();
    }

    /// <summary>Relative luminance (WCAG) of the body's computed colour property.</summary>
    private static async Task<double> Luminance(IPage page, string property)
    {
        var rgb = await page.EvaluateAsync<double[]>($"() => getComputedStyle(document.body).{property}.match(/[\\d.]+/g).slice(0, 3).map(Number)");
        static double Channel(double c) => (c /= 255) <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        return 0.2126 * Channel(rgb[0]) + 0.7152 * Channel(rgb[1]) + 0.0722 * Channel(rgb[2]);
    }
}
