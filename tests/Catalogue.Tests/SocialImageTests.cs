using AngleSharp.Html.Parser;
using Catalogue.Pipeline;
using Catalogue.Rendering.Pictures;

namespace Catalogue.Tests;

/// <summary>Each page's preview image for chat and social apps (og:image): drawn, named at an absolute address, and cached.</summary>
public class SocialImageTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static readonly HtmlParser Parser = new();

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        int At(int i) => png[i] << 24 | png[i + 1] << 16 | png[i + 2] << 8 | png[i + 3];
        return (At(16), At(20)); // the IHDR chunk comes first
    }

    [Fact]
    public void Every_entry_page_names_its_own_preview_image_at_an_absolute_address_with_a_text_alternative()
    {
        const string baseUrl = "https://co-creation-catalogue.netlify.app/";
        var pages = 0;
        foreach (var folder in new[] { "practices", "methods", "capabilities", "cases", "concepts", "frameworks", "challenges", "dimensions" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Output, folder), "index.html", SearchOption.AllDirectories)
                         .Where(f => Path.GetDirectoryName(f) != Path.Combine(site.Output, folder) && !f.Contains("/sheet/")))
            {
                var page = Parser.ParseDocument(File.ReadAllText(file));
                var sitePath = Path.GetRelativePath(site.Output, Path.GetDirectoryName(file)!) + "/";
                Assert.Equal(baseUrl + sitePath + "social.png", page.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
                var png = File.ReadAllBytes(Path.Combine(site.Output, sitePath, "social.png"));
                Assert.Equal((SocialImage.Width, SocialImage.Height), PngSize(png));
                var alt = page.QuerySelector("meta[property='og:image:alt']")?.GetAttribute("content") ?? "";
                // Everything the image says: the kind and title as the page shows them, then the summary.
                Assert.StartsWith($"{page.QuerySelector(".kind-badge")!.TextContent.Trim()}: {page.QuerySelector("h1")!.TextContent.Trim()}. ", alt);
                Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
                pages++;
            }
        Assert.True(pages > 80, $"{pages} entry pages");
        var home = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Equal(baseUrl + "social.png", home.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Without_a_base_url_no_page_names_an_image_and_none_is_drawn()
    {
        using var c = new TestCatalogue();
        Assert.False(File.Exists(Path.Combine(c.Content, "site.yaml")));
        var result = await new SiteBuilder(new BuildOptions(c.Content, c.Output, null, Search: false)).BuildAsync(write: true);
        Assert.True(result.Succeeded);
        Assert.Null(Parser.ParseDocument(c.Page("practices/co-design")).QuerySelector("meta[property^='og:image']"));
        Assert.Empty(Directory.EnumerateFiles(c.Output, "*.png", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_image_drawn_once_is_taken_from_the_cache_until_what_it_shows_changes()
    {
        using var c = new TestCatalogue();
        var cacheFile = Path.Combine(c.Root, "cache", "entries.bin");
        SiteBuilder Builder() => new(new BuildOptions(c.Content, c.Output, "https://example.org/", Search: false, CacheFile: cacheFile));
        Assert.True((await Builder().BuildAsync(write: true)).Succeeded);
        var cached = Directory.GetFiles(Path.Combine(c.Root, "cache", "social-images"), "*.png");
        var images = Directory.GetFiles(c.Output, "social.png", SearchOption.AllDirectories);
        Assert.Equal(images.Length, cached.Length);
        var practice = Path.Combine(c.Output, "practices", "co-design", "social.png");
        var drawn = File.ReadAllBytes(practice);
        var kept = Assert.Single(cached, f => File.ReadAllBytes(f).SequenceEqual(drawn));

        // A build takes the kept file as it is, without drawing it again.
        File.WriteAllBytes(kept, [.. drawn, 0]);
        Assert.True((await Builder().BuildAsync(write: true)).Succeeded);
        Assert.Equal(drawn.Length + 1, File.ReadAllBytes(practice).Length);

        // A new title is a new image.
        c.Edit("practices/co-design.md", "title: Co-design", "title: Designing together");
        Assert.True((await Builder().BuildAsync(write: true)).Succeeded);
        Assert.NotEqual(drawn.Length + 1, File.ReadAllBytes(practice).Length);
        Assert.Equal(cached.Length + 1, Directory.GetFiles(Path.Combine(c.Root, "cache", "social-images"), "*.png").Length);
    }
}
