using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Catalogue.Output;
using Catalogue.Rendering;
using Catalogue.Rendering.Pictures;
using Catalogue.Theme.Models;

namespace Catalogue.Tests;

/// <summary>The pictures drawn from the data at build time, read from the real site's pages and checked against the content.</summary>
public class PictureTests(RealSiteFixture site, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<RealSiteFixture>
{
    private static readonly HtmlParser Parser = new();

    private IDocument Page(string path) => Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, path, "index.html")));

    private static string Content => Path.Combine(RealSiteFixture.RepositoryRoot, "content");

    private static string[] Ids(string folder) => EntryFiles.In(Path.Combine(Content, folder)).Select(f => Path.GetFileNameWithoutExtension(f)!).ToArray();

    /// <summary>The practices a case's front matter has matrix rows for, read straight from its file.</summary>
    private static string[] PracticesOf(string @case) => File.ReadLines(Path.Combine(Content, "cases", @case + ".md"))
        .Select(l => l.Trim()).Where(l => l.StartsWith("- practice: ")).Select(l => l["- practice: ".Length..].Trim()).Distinct().Order().ToArray();

    /// <summary>A picture names itself to assistive technology: a title and a description the svg points at, neither empty.</summary>
    private static void AssertNamed(IElement svg)
    {
        var title = svg.QuerySelector("title");
        var desc = svg.QuerySelector("desc");
        Assert.False(string.IsNullOrWhiteSpace(title?.TextContent), svg.Id);
        Assert.False(string.IsNullOrWhiteSpace(desc?.TextContent), svg.Id);
        Assert.Equal(title!.Id, svg.GetAttribute("aria-labelledby"));
        Assert.Equal(desc!.Id, svg.GetAttribute("aria-describedby"));
    }

    [Fact]
    public void The_home_page_draws_the_model_with_a_line_for_each_capability_a_practice_names_and_the_same_as_a_table()
    {
        var page = Page("");
        var svg = page.GetElementById(ModelDiagram.Id)!;
        AssertNamed(svg);
        Assert.Equal("img", svg.GetAttribute("role"));
        var drawn = svg.QuerySelectorAll("path.model-link").Select(p => (p.GetAttribute("data-from")!, p.GetAttribute("data-to")!)).Order().ToList();

        // What the practices' front matter says, read from the files.
        var named = Ids("practices").SelectMany(p => File.ReadLines(Path.Combine(Content, "practices", p + ".md"))
            .Select(l => l.Trim()).Where(l => l.StartsWith("- capability: ")).Select(l => (p, l["- capability: ".Length..].Trim()))).Order().ToList();
        Assert.True(named.Count > 8);
        Assert.Equal(named, drawn);

        // The text alternative lists the same links.
        var table = page.QuerySelector("details.picture-text table")!;
        var listed = table.QuerySelectorAll("tbody tr").SelectMany(row => row.QuerySelectorAll("td:last-child a")
            .Select(a => (Id(row.QuerySelector("th a")!), Id(a)))).Order().ToList();
        Assert.Equal(named, listed);
        foreach (var dimension in Ids("dimensions"))
            Assert.NotNull(svg.QuerySelector($"rect.band.fill-{dimension}"));
    }

    private static string Id(IElement link) => link.GetAttribute("href")!.TrimEnd('/').Split('/').Last();

    [Fact]
    public void Each_case_page_has_a_practice_strip_that_matches_its_matrix_rows()
    {
        var practices = Ids("practices").Length;
        foreach (var @case in Ids("cases"))
        {
            var page = Page($"cases/{@case}");
            var strip = page.GetElementById(PracticeStrip.Id)!;
            AssertNamed(strip);
            var cells = strip.QuerySelectorAll("[data-practice]").ToList();
            Assert.Equal(practices, cells.Count);
            var marked = cells.Where(c => c.GetAttribute("data-mark") != "none").Select(c => c.GetAttribute("data-practice")!).Order().ToArray();
            Assert.Equal(PracticesOf(@case), marked);
            // The page's rows say the same, each with the anchor the heat map links to.
            var rows = page.QuerySelectorAll(".practice-matrix tr[id^='practice-']").Select(r => r.Id!["practice-".Length..]).Distinct().Order().ToArray();
            Assert.Equal(marked, rows);
            // And the caption lists them in words.
            var caption = strip.Closest("figure")!.QuerySelector("figcaption p")!;
            Assert.StartsWith($"Shows {marked.Length} of {practices} practices", caption.TextContent.Trim());
            Assert.Equal(practices, caption.QuerySelectorAll("a").Length);
        }
    }

    [Fact]
    public void The_heat_map_has_a_linked_mark_for_every_practice_and_case_that_opens_the_case_row()
    {
        var page = Page("matrix");
        var svg = page.GetElementById(HeatMap.Id)!;
        AssertNamed(svg);
        var cases = Ids("cases");
        var practices = Ids("practices");
        var cells = svg.QuerySelectorAll("a[data-practice]").ToList();
        Assert.Equal(cases.Length * practices.Length, cells.Count);
        // It comes before the detailed rows.
        Assert.True(svg.CompareDocumentPosition(page.GetElementById("practice-by-case")!).HasFlag(DocumentPositions.Following));

        var pages = new Dictionary<string, IDocument>();
        foreach (var cell in cells)
        {
            var href = cell.GetAttribute("href")!;
            var (path, anchor) = (href.Split('#')[0], href.Split('#')[1]);
            Assert.StartsWith("/cases/", path);
            var file = Path.Combine(site.Output, path.Trim('/'), "index.html");
            Assert.True(File.Exists(file), href);
            var target = pages.TryGetValue(path, out var d) ? d : pages[path] = Parser.ParseDocument(File.ReadAllText(file));
            var @case = path.Trim('/').Split('/')[1];
            var practice = cell.GetAttribute("data-practice")!;
            var shown = PracticesOf(@case).Contains(practice);
            Assert.Equal(shown, cell.GetAttribute("data-mark") != "none");
            // A marked cell opens the practice's row; an empty one the case's matrix, which has no row for it.
            Assert.NotNull(target.GetElementById(anchor));
            Assert.Equal(shown, anchor == $"practice-{practice}");
            Assert.False(string.IsNullOrWhiteSpace(cell.GetAttribute("aria-label")), href);
        }
    }

    [Fact]
    public void Every_page_links_the_favicon_which_is_drawn_in_the_dimension_colours()
    {
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
            Assert.Equal("/favicon.svg", Parser.ParseDocument(File.ReadAllText(file)).QuerySelector("link[rel=icon][type='image/svg+xml']")?.GetAttribute("href"));
        var svg = XDocument.Load(Path.Combine(site.Output, "favicon.svg")).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.False(string.IsNullOrWhiteSpace(svg.Element(ns + "title")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(svg.Element(ns + "desc")?.Value));
        var fills = svg.Elements(ns + "rect").Select(r => (string?)r.Attribute("fill")).ToList();
        foreach (var dimension in new[] { "linking", "materializing", "institutionalizing" })
            Assert.Contains(Palette.Of(dimension).Light, fills);
    }

    [Fact]
    public void Text_in_a_picture_is_escaped()
    {
        const string hostile = "<script>alert('x')</script> & \"quoted\"";
        var columns = new[] { new PracticeColumn("p1", hostile, "linking", hostile) };
        var svg = HeatMap.Of(columns, [new PracticeGridRow(hostile, "/cases/a/?x=1&y=\"2\"", new Dictionary<string, PracticeMark> { ["p1"] = new(2, true) })]);
        var xml = XDocument.Parse(svg);
        Assert.DoesNotContain("<script", svg);
        var texts = xml.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains(hostile, texts);
        Assert.Contains(xml.Descendants().Where(e => e.Name.LocalName == "a").Select(a => (string?)a.Attribute("href")), h => h == "/cases/a/?x=1&y=\"2\"#practice-p1");

        var diagram = XDocument.Parse(ModelDiagram.Of([new ModelPractice(columns[0], ["c1"])], [new ModelCapability("c1", hostile)]));
        Assert.Equal(3, diagram.Descendants().Count(e => e.Name.LocalName == "text" && e.Value == hostile));
        Assert.Contains(hostile, XDocument.Parse(Favicon.Svg(hostile, ["linking"])).Root!.Elements().First().Value);
    }

    [Fact]
    public void The_palette_is_the_one_declaration_of_the_colours_for_pages_cards_pictures_and_slides()
    {
        // No stylesheet declares a colour of the palette itself: they come from the bundle's first part.
        var cssFolder = Path.Combine(RealSiteFixture.RepositoryRoot, "theme", "assets", "css");
        foreach (var colour in Palette.Colours)
            foreach (var file in Directory.EnumerateFiles(cssFolder))
                Assert.DoesNotContain($"--{colour.Name}:", File.ReadAllText(file));
        var css = System.Text.Encoding.UTF8.GetString(ThemeAssets.Embedded.Css.Content);
        foreach (var colour in Palette.Colours)
        {
            Assert.Contains($"--{colour.Name}: {colour.Light};", css);
            Assert.Contains($"--{colour.Name}: {colour.Dark};", css);
            Assert.Contains($".fill-{colour.Name} {{ fill: var(--{colour.Name}); }}", css);
        }
        Assert.Equal("B45309", EntrySlides.Colour("materializing"));
        Assert.Equal(Palette.Accent.Light.TrimStart('#').ToUpperInvariant(), EntrySlides.Colour("unknown"));
    }

    [Fact]
    public void A_preview_image_is_a_1200_by_630_png_with_the_band_in_the_entry_colour()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var png = SocialImage.Png(new SocialCard("Linking practice", "Co-diagnosis", "A summary.", "Co-creation Practice Catalogue", Palette.Of("linking").Light));
        var first = clock.Elapsed;
        for (var i = 0; i < 10; i++) SocialImage.Png(new SocialCard("Case", $"A case with a long title that wraps onto a second line {i}", "A summary that is long enough to wrap onto a second line of the image, and then a third.", "Site", Palette.Of("case").Light));
        output.WriteLine($"first image {first.TotalMilliseconds:0} ms, then {(clock.Elapsed - first).TotalMilliseconds / 10:0} ms each, {png.Length} bytes");
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal((SocialImage.Width, SocialImage.Height), (bitmap.Width, bitmap.Height));
        Assert.Equal(SkiaSharp.SKColor.Parse(Palette.Of("linking").Light), bitmap.GetPixel(600, 5));
        Assert.Equal(SkiaSharp.SKColors.White, bitmap.GetPixel(1190, 300));
    }
}
