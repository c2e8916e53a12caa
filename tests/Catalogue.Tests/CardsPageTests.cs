using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Catalogue.Tests;

/// <summary>The printable cards of the real content, read from the built pages.</summary>
public class CardsPageTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private IDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, path, "index.html")));

    private static string[] Ids(string folder) => EntryFiles.In(Path.Combine(RealSiteFixture.RepositoryRoot, "content", folder))
        .Select(f => Path.GetFileNameWithoutExtension(f)!).Order().ToArray();

    [Fact]
    public void Every_practice_and_capability_has_a_card_and_the_cases_an_optional_set()
    {
        var page = Page("cards");
        string[] CardsIn(string set) => page.QuerySelectorAll($"#card-set-{set} + .card-list .card-front h3").Select(h => h.Id!["card-".Length..]).Order().ToArray();
        Assert.Equal(Ids("practices"), CardsIn("practices"));
        Assert.Equal(Ids("capabilities"), CardsIn("capabilities"));
        Assert.Equal(Ids("cases"), CardsIn("cases"));
        Assert.NotNull(page.QuerySelector("section.card-set-cases.card-set-optional"));
        Assert.Equal("checkbox", page.QuerySelector("#cards-include-cases")?.GetAttribute("type"));
        Assert.Equal("A6", page.QuerySelector(".cards-controls nav[aria-label='Card size'] a[aria-current=page]")?.TextContent);
    }

    [Fact]
    public void Every_method_has_a_card_in_the_method_deck_which_links_to_the_practice_deck()
    {
        var page = Page("cards/methods");
        Assert.Equal(Ids("methods"), page.QuerySelectorAll("#card-set-methods + .card-list .card-front h3").Select(h => h.Id!["card-".Length..]).Order().ToArray());
        Assert.Equal("Method cards", page.QuerySelector("nav[aria-label=Deck] a[aria-current=page]")?.TextContent);
        Assert.Equal("/cards/", page.QuerySelector("nav[aria-label=Deck] a:not([aria-current])")?.GetAttribute("href"));
    }

    [Fact]
    public void A_method_card_has_its_session_on_the_front_and_its_timed_steps_and_cases_on_the_back_marked_as_advice()
    {
        var card = Page("cards/methods").QuerySelector("#card-joint-trial-on-the-customer-line")!.Closest("li.card")!;
        Assert.Contains("120 min · 4–10 people (our advice)", card.TextContent);
        var back = card.QuerySelector(".card-back")!.TextContent;
        Assert.Contains("Steps (our advice)", back);
        Assert.Contains("15 min: Agree the one question the trial must answer", back);
        Assert.Contains("Bekaert carding solutions", back);
    }

    [Fact]
    public void A_practice_card_has_its_dimension_and_summary_on_the_front_and_its_workshop_on_the_back()
    {
        var card = Page("cards").QuerySelector("#card-co-design")!.Closest("li.card")!;
        Assert.Contains("card-theme-materializing", card.ClassList);
        Assert.Equal("Materializing practice", card.QuerySelector(".card-kind")!.TextContent);
        Assert.StartsWith("Customer and supplier turn chosen ideas", card.QuerySelector(".card-summary")!.TextContent);

        var back = card.QuerySelector(".card-back")!;
        Assert.Equal("120–240 min · 4–10 people · hard (our advice)", back.QuerySelector(".card-facts")!.TextContent);
        var steps = back.QuerySelectorAll("ol li").Select(li => li.TextContent).ToList();
        Assert.Equal(7, steps.Count);
        Assert.Equal("Restate the chosen idea and the customer outcome it must deliver.", steps[0]);
        Assert.Contains("Bekaert carding solutions", back.QuerySelector(".card-names")!.TextContent);
    }

    [Fact]
    public void Every_card_back_has_a_qr_code_for_the_entry_s_published_address()
    {
        var page = Page("cards");
        foreach (var back in page.QuerySelectorAll(".card-back"))
        {
            var url = back.QuerySelector(".card-link a")!.GetAttribute("href")!;
            Assert.StartsWith("https://co-creation-catalogue.netlify.app/", url);
            var qr = back.QuerySelector("svg.qr")!;
            Assert.Equal("img", qr.GetAttribute("role"));
            Assert.Equal($"QR code: {url}", qr.GetAttribute("aria-label"));
            Assert.Equal(Modules(url), Drawn(qr));
        }
    }

    /// <summary>The dark modules of the code QRCoder makes for the text, row by row.</summary>
    private static string[] Modules(string text)
    {
        using var data = QRCoder.QRCodeGenerator.GenerateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.M);
        return [.. data.ModuleMatrix.Select(row => string.Concat(row.Cast<bool>().Select(dark => dark ? '#' : '.')))];
    }

    /// <summary>The modules the SVG path draws: each run a stroke along the middle of its row ("M3 4.5h2"),
    /// later runs of the row placed relative to the end of the one before ("m1 0h3").</summary>
    private static string[] Drawn(AngleSharp.Dom.IElement qr)
    {
        var size = int.Parse(qr.GetAttribute("viewBox")!.Split(' ')[2]);
        var rows = Enumerable.Range(0, size).Select(_ => new char[size].Select(_ => '.').ToArray()).ToArray();
        int x = 0, y = 0;
        var path = qr.QuerySelector("path")!.GetAttribute("d")!;
        Assert.Matches(@"^(?:(?:M\d+ \d+\.5|m\d+ 0)h\d+)+$", path);
        foreach (System.Text.RegularExpressions.Match run in System.Text.RegularExpressions.Regex.Matches(path, @"(?:M(\d+) (\d+)\.5|m(\d+) 0)h(\d+)"))
        {
            if (run.Groups[1].Success) (x, y) = (int.Parse(run.Groups[1].Value), int.Parse(run.Groups[2].Value));
            else x += int.Parse(run.Groups[3].Value);
            for (var end = x + int.Parse(run.Groups[4].Value); x < end; x++) rows[y][x] = '#';
        }
        return [.. rows.Select(r => new string(r))];
    }

    [Theory]
    [InlineData("cards", "cards-a6")]
    [InlineData("cards/a5", "cards-a5")]
    [InlineData("cards/letter", "cards-letter")]
    public void Each_size_has_its_own_page_without_inline_script_or_style(string path, string sizeClass)
    {
        var page = Page(path);
        Assert.NotNull(page.QuerySelector($"div.cards.{sizeClass}"));
        Assert.Empty(page.QuerySelectorAll("[style], script:not([src])"));
    }
}
