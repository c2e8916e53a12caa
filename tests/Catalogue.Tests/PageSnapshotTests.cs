using Snapshooter;
using Snapshooter.Xunit;

namespace Catalogue.Tests;

/// <summary>One rendered page of each type from the fixture catalogue, compared with its reviewed snapshot.</summary>
public class PageSnapshotTests
{
    [Theory]
    [InlineData("practices/co-design")]
    [InlineData("capabilities/empowered")]
    [InlineData("cases/acme-case")]
    [InlineData("dimensions/materializing")]
    [InlineData("concepts/joint-work")]
    [InlineData("frameworks/two-step")]
    [InlineData("challenges/token-involvement")]
    [InlineData("practices")]
    [InlineData("sources")]
    [InlineData("matrix")]
    [InlineData("cards")]
    [InlineData("")]
    public async Task Rendered_page_matches_snapshot(string sitePath)
    {
        using var c = new TestCatalogue();
        c.Write("concepts/joint-work.md", "---\ntitle: Joint work\nsummary: Work done together.\nsources: [marcos-cuevas-2016]\n---\nAs in [[co-design]] [@marcos-cuevas-2016].");
        c.Write("frameworks/two-step.md", "---\ntitle: Two steps\nsummary: A model in two steps.\nsources: [marcos-cuevas-2016]\nrelated: [joint-work]\nelements:\n  - name: First\n    description: Agree on the problem.\n  - name: Second\n    description: Design with [[co-design]].\n---\nText.");
        c.Write("challenges/token-involvement.md", "---\ntitle: Token involvement\nsummary: Customers are asked but not heard.\nsources: [marcos-cuevas-2016]\nrelated: [two-step]\npractices: [co-design]\nmitigations:\n  - Give customers a real decision.\n---\n## What goes wrong\nText.");
        Assert.True((await c.BuildAsync()).Succeeded);
        // Asset names carry a content hash that changes with every CSS or JS edit; the markup is what is under review.
        var html = System.Text.RegularExpressions.Regex.Replace(c.Page(sitePath), @"(site|deck)\.[0-9a-f]{12}\.(css|js)", "$1.HASH.$2");
        Snapshot.Match(html, SnapshotNameExtension.Create(sitePath.Length == 0 ? "home" : sitePath.Replace('/', '-')));
    }

    [Fact]
    public async Task Asset_names_change_with_their_content()
    {
        using var c = new TestCatalogue();
        await c.BuildAsync();
        var assets = Directory.GetFiles(Path.Combine(c.Output, "assets"));
        foreach (var file in assets)
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))[..12];
            Assert.Contains($".{hash}.", Path.GetFileName(file));
        }
        Assert.Equal(3, assets.Length); // styles, scripts and the deck script
    }
}
