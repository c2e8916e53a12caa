using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Catalogue.Output;
using Catalogue.Pipeline;
using NJsonSchema;
using SkiaSharp;

namespace Catalogue.Tests;

/// <summary>
/// A case with two figures, a photo and a diagram, made in the test: responsive images in WebP with a fallback,
/// width and height, lazy loading, alt text, caption, credit and licence on the page and in catalogue.json.
/// </summary>
public partial class FigureTests
{
    private const string Listing = """
          - file: images/workshop.jpg
            credit: Photo by A. Tester
            license: CC BY 4.0
            caption: Participants sort the service ideas [@marcos-cuevas-2016, Table 2].
          - file: images/process.svg
            credit: Drawn for the catalogue after Marcos-Cuevas and Nätti (2016)
            license: CC BY 4.0
        """;

    internal static TestCatalogue CaseWithTwoFigures()
    {
        var c = new TestCatalogue();
        FigureFiles.SaveInCase(c.Content, "workshop.jpg", FigureFiles.Photo(2000, 1333));
        FigureFiles.SaveInCase(c.Content, "process.svg", System.Text.Encoding.UTF8.GetBytes(FigureFiles.Diagram));
        FigureFiles.AddToCase(c.Content,
            "![Participants at a table sorting cards into columns](images/workshop.jpg)\n\nThe process had two steps.\n\n![From the order to the delivery, in two boxes joined by an arrow](./images/process.svg)",
            Listing);
        return c;
    }

    [Fact]
    public async Task A_photo_becomes_a_picture_of_webp_sizes_with_a_jpeg_fallback_alt_caption_and_credit()
    {
        using var c = CaseWithTwoFigures();
        var result = await c.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = c.Page("cases/acme-case");

        var figure = Assert.Single(FigureOf().Matches(page), m => m.Value.Contains("workshop")).Value;
        var stem = Regex.Match(figure, @"/figures/(workshop-[0-9a-f]{8})-480\.webp").Groups[1].Value;
        Assert.NotEmpty(stem);
        Assert.Contains($"<source type=\"image/webp\" srcset=\"/figures/{stem}-480.webp 480w, /figures/{stem}-960.webp 960w, /figures/{stem}-1600.webp 1600w\" sizes=\"(min-width: 44rem) 42rem, 100vw\">", figure);
        Assert.Contains($"<img src=\"/figures/{stem}-1600.jpg\" srcset=\"/figures/{stem}-480.jpg 480w, /figures/{stem}-960.jpg 960w, /figures/{stem}-1600.jpg 1600w\"", figure);
        Assert.Contains("width=\"1600\" height=\"1066\" alt=\"Participants at a table sorting cards into columns\" loading=\"lazy\" decoding=\"async\"", figure);
        Assert.Matches(@"<figcaption>Participants sort the service ideas <cite class=""citation"">\(<a href=""/sources/#marcos-cuevas-2016"">[^<]+, Table 2</a>\)</cite>\. <span class=""figure-credit"">Image: Photo by A\. Tester; licence: CC BY 4\.0</span></figcaption>", figure);

        foreach (var (width, extension, format) in new[] { (480, "webp", SKEncodedImageFormat.Webp), (960, "jpg", SKEncodedImageFormat.Jpeg), (1600, "webp", SKEncodedImageFormat.Webp), (1600, "jpg", SKEncodedImageFormat.Jpeg) })
        {
            using var codec = SKCodec.Create(Path.Combine(c.Output, "figures", $"{stem}-{width}.{extension}"));
            Assert.Equal((format, width, (int)Math.Round(1333.0 * width / 2000)), (codec.EncodedFormat, codec.Info.Width, codec.Info.Height));
        }
        // WebP is the point of the picture: each size is smaller than its JPEG.
        Assert.True(new FileInfo(Path.Combine(c.Output, "figures", $"{stem}-960.webp")).Length < new FileInfo(Path.Combine(c.Output, "figures", $"{stem}-960.jpg")).Length);
    }

    [Fact]
    public async Task A_diagram_is_published_as_the_svg_it_is_with_its_size_and_credit()
    {
        using var c = CaseWithTwoFigures();
        Assert.True((await c.BuildAsync()).Succeeded);
        var figure = Assert.Single(FigureOf().Matches(c.Page("cases/acme-case")), m => m.Value.Contains("process")).Value;
        var src = Regex.Match(figure, @"<img src=""/figures/(process-[0-9a-f]{8}-600\.svg)"" width=""600"" height=""400"" alt=""From the order to the delivery, in two boxes joined by an arrow"" loading=""lazy""");
        Assert.True(src.Success, figure);
        Assert.DoesNotContain("<source", figure);
        Assert.Contains("<figcaption><span class=\"figure-credit\">Image: Drawn for the catalogue after Marcos-Cuevas and Nätti (2016); licence: CC BY 4.0</span></figcaption>", figure);
        Assert.Equal(FigureFiles.Diagram, File.ReadAllText(Path.Combine(c.Output, "figures", src.Groups[1].Value)));
    }

    [Fact]
    public async Task Credits_and_licences_are_in_catalogue_json_and_its_schema()
    {
        using var c = CaseWithTwoFigures();
        Assert.True((await c.BuildAsync()).Succeeded);
        var json = File.ReadAllText(Path.Combine(c.Output, CatalogueData.SitePath));
        var acme = JsonNode.Parse(json)!["entries"]!.AsArray().Single(e => (string?)e!["id"] == "acme-case")!;
        var figures = acme["fields"]!["figures"]!.AsArray();
        Assert.Equal(["images/workshop.jpg", "images/process.svg"], figures.Select(f => (string?)f!["file"]));
        Assert.Equal("Photo by A. Tester", (string?)figures[0]!["credit"]);
        Assert.Equal("CC BY 4.0", (string?)figures[1]!["license"]);

        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(c.Output, CatalogueDataSchema.SitePath)));
        Assert.Empty(schema.Validate(json));
        var broken = JsonNode.Parse(json)!;
        broken["entries"]!.AsArray().Single(e => (string?)e!["id"] == "acme-case")!["fields"]!["figures"]![0]!.AsObject().Remove("license");
        Assert.NotEmpty(schema.Validate(broken.ToJsonString()));
    }

    [Fact]
    public async Task Processed_figures_are_kept_between_builds_by_the_hash_of_the_image()
    {
        using var c = CaseWithTwoFigures();
        var cacheFile = Path.Combine(c.Root, "cache", "entries.bin");
        Task<BuildResult> Build() => new SiteBuilder(new BuildOptions(c.Content, c.Output, "https://example.org/", Search: false, CacheFile: cacheFile)).BuildAsync(write: true);

        Assert.True((await Build()).Succeeded);
        var kept = Directory.GetFiles(Path.Combine(c.Root, "cache", "figures"), "960.webp", SearchOption.AllDirectories);
        var cached = Assert.Single(kept);
        // A build that takes the cached file publishes it as kept, so a marker written into it shows up in the site.
        File.WriteAllBytes(cached, [1, 2, 3]);
        Assert.True((await Build()).Succeeded);
        var published = Assert.Single(Directory.GetFiles(Path.Combine(c.Output, "figures"), "workshop-*-960.webp"));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(published));

        // A changed image has another hash, so it is processed afresh under another name.
        FigureFiles.SaveInCase(c.Content, "workshop.jpg", FigureFiles.Photo(1800, 1200));
        Assert.True((await Build()).Succeeded);
        var fresh = Assert.Single(Directory.GetFiles(Path.Combine(c.Output, "figures"), "workshop-*-960.webp"));
        Assert.NotEqual(Path.GetFileName(published), Path.GetFileName(fresh));
        using var codec = SKCodec.Create(fresh);
        Assert.Equal((960, 640), (codec.Info.Width, codec.Info.Height));
    }

    [Fact]
    public async Task The_preview_publishes_figures_and_builds_again_when_an_image_is_saved()
    {
        using var c = CaseWithTwoFigures();
        var preview = Path.Combine(c.Root, "_preview");
        var session = new Catalogue.Serve.PreviewSession(new BuildOptions(c.Content, preview, null, Search: false, CacheFile: Path.Combine(c.Root, "cache", "entries.bin")), null);
        Assert.True((await session.UpdateAsync([], default)).Full);
        var before = Assert.Single(Directory.GetFiles(Path.Combine(preview, "figures"), "workshop-*-480.webp"));
        Assert.Contains("/figures/" + Path.GetFileName(before), File.ReadAllText(Path.Combine(preview, "cases", "acme-case", "index.html")));

        var photo = Path.Combine(c.Content, "cases", "images", "workshop.jpg");
        File.WriteAllBytes(photo, FigureFiles.Photo(1200, 800));
        var update = await session.UpdateAsync([photo], default);
        Assert.True(update.Full && update.Diagnostics.Count == 0, string.Join('\n', update.Diagnostics));
        var after = Assert.Single(Directory.GetFiles(Path.Combine(preview, "figures"), "workshop-*-480.webp"));
        Assert.NotEqual(Path.GetFileName(before), Path.GetFileName(after));
        Assert.Contains("/figures/" + Path.GetFileName(after), File.ReadAllText(Path.Combine(preview, "cases", "acme-case", "index.html")));
    }

    [GeneratedRegex("<figure class=\"figure\">.*?</figure>", RegexOptions.Singleline)]
    private static partial Regex FigureOf();
}
