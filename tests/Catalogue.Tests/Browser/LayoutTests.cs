using Xunit.Abstractions;

namespace Catalogue.Tests.Browser;

[Collection(BrowserSite.Collection)]
public class LayoutTests(BrowserSite site, ITestOutputHelper output)
{
    [SkippableBrowserTheory]
    [InlineData("/", 375)]
    [InlineData("/cases/rolls-royce-totalcare/", 375)]
    [InlineData("/practices/co-design/", 375)]
    [InlineData("/matrix/", 375)]
    [InlineData("/matrix/", 1280)]
    [InlineData("/search/?q=co-design", 375)]
    [InlineData("/practices/", 375)]
    [InlineData("/capabilities/empowered/", 375)]
    [InlineData("/concepts/compelling-event/", 375)]
    [InlineData("/frameworks/practice-typology/", 375)]
    [InlineData("/sources/", 375)]
    [InlineData("/cards/", 375)]
    [InlineData("/workshop/?blocks=co-design_90.empowered_15", 375)]
    [InlineData("/data/", 375)]
    public async Task The_page_body_never_scrolls_sideways(string path, int width)
    {
        if (site.SkipsHere(output)) return;
        var page = await site.Browser!.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 800 } });
        await page.GotoAsync(site.BaseUrl + path);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0)
            output.WriteLine(await page.EvaluateAsync<string>(@"[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll > *')).slice(0, 6).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ')"));
        Assert.True(overflow <= 0, $"{path} at {width}px scrolls sideways by {overflow}px");
    }
}

public sealed class SkippableBrowserTheoryAttribute : TheoryAttribute
{
    public SkippableBrowserTheoryAttribute() => Skip = BrowserSite.SkipReason;
}
