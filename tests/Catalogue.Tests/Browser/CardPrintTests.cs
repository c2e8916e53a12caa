using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Catalogue.Tests.Browser;

/// <summary>The practice cards as a trainer prints them: one face per page of the chosen size, nothing cut off.</summary>
[Collection(BrowserSite.Collection)]
public class CardPrintTests(BrowserSite site, ITestOutputHelper output)
{
    private static int Count(string folder) =>
        EntryFiles.In(Path.Combine(RealSiteFixture.RepositoryRoot, "content", folder)).Length;

    private bool Skipped() => site.SkipsHere(output);

    [SkippableBrowserTheory]
    [InlineData("/cards/", 105, 148)]
    [InlineData("/cards/a5/", 148, 210)]
    [InlineData("/cards/letter/", 215.9, 279.4)]
    public async Task Printing_the_cards_gives_two_pages_of_the_chosen_size_per_practice_and_capability(string path, double widthMm, double heightMm)
    {
        if (Skipped()) return;
        var page = await site.OpenAsync(path);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });

        var sizes = PdfPages.Sizes(pdf);
        Assert.Equal((Count("practices") + Count("capabilities")) * 2, sizes.Count);
        const double PointsPerMm = 72 / 25.4;
        Assert.All(sizes, s =>
        {
            Assert.InRange(s.Width, widthMm * PointsPerMm - 1, widthMm * PointsPerMm + 1);
            Assert.InRange(s.Height, heightMm * PointsPerMm - 1, heightMm * PointsPerMm + 1);
        });
        Assert.Empty(await BrowserSite.PolicyViolationsAsync(page));
    }

    [SkippableBrowserFact]
    public async Task Ticking_the_cases_adds_their_cards_to_the_print()
    {
        if (Skipped()) return;
        var page = await site.OpenAsync("/cards/");
        await page.GetByLabel($"Include the {Count("cases")} cases").CheckAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true });
        Assert.Equal((Count("practices") + Count("capabilities") + Count("cases")) * 2, PdfPages.Count(pdf));
    }

    [SkippableBrowserTheory]
    [InlineData("/cards/methods/")]
    [InlineData("/cards/methods/a5/")]
    [InlineData("/cards/methods/letter/")]
    public async Task No_method_card_face_is_cut_off_in_print(string path)
    {
        if (Skipped()) return;
        var page = await site.OpenAsync(path);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var faces = page.Locator(".card-face");
        Assert.Equal(Count("methods") * 2, await faces.CountAsync());
        Assert.Equal(Count("methods") * 2, PdfPages.Count(await page.PdfAsync(new() { PreferCSSPageSize = true })));
        Assert.Empty(await OverflowingAsync(faces));
    }

    private static Task<string[]> OverflowingAsync(ILocator faces) => faces.EvaluateAllAsync<string[]>(
        "faces => faces.filter(f => f.scrollHeight > f.clientHeight + 1).map(f => `${f.getAttribute('aria-label') || f.querySelector('h3').textContent} (${f.scrollHeight} > ${f.clientHeight})`)");

    [SkippableBrowserTheory]
    [InlineData("/cards/")]
    [InlineData("/cards/a5/")]
    [InlineData("/cards/letter/")]
    public async Task No_card_face_is_cut_off_in_print(string path)
    {
        if (Skipped()) return;
        var page = await site.OpenAsync(path);
        await page.GetByLabel("Include the", new() { Exact = false }).CheckAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var faces = page.Locator(".card-face");
        Assert.Equal((Count("practices") + Count("capabilities") + Count("cases")) * 2, await faces.CountAsync());
        var overflowing = await OverflowingAsync(faces);
        Assert.True(overflowing.Length == 0, "cut off: " + string.Join(", ", overflowing));
    }
}
