using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Catalogue.Pipeline.Index;
using Xunit.Abstractions;

namespace Catalogue.Tests;

/// <summary>Every generated page, checked as a whole: valid HTML, links and anchors that resolve, and its weight.</summary>
public class SiteQualityTests(RealSiteFixture site, ITestOutputHelper output) : IClassFixture<RealSiteFixture>
{
    /// <summary>The most a page may weigh, gzip-compressed: its HTML plus the stylesheet and script it loads (the search index is not counted).</summary>
    public const int PageBudgetBytes = 50 * 1024;

    /// <summary>A printable card deck holds a card per entry, each with its QR code: 30 method cards weigh more than a page.</summary>
    public const int CardDeckBudgetBytes = 64 * 1024;

    private static int BudgetOf(string page) => page.StartsWith("cards" + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? CardDeckBudgetBytes : PageBudgetBytes;

    private IEnumerable<string> Pages => Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}pagefind{Path.DirectorySeparatorChar}"));

    [Fact]
    public async Task Every_page_passes_html_validate_with_its_recommended_rules()
    {
        var tools = NodeTools.Find(RealSiteFixture.RepositoryRoot)!;
        await tools.EnsureInstalledAsync(CancellationToken.None);
        var pages = Pages.ToList();
        // Node cuts a long report on a pipe short when it exits, so the report goes to a file.
        var reportFile = Path.GetTempFileName();
        var (exitCode, printed) = await tools.CaptureAsync(tools.Bin("html-validate"), ["--formatter", $"json={reportFile}", .. pages], CancellationToken.None);
        var report = File.ReadAllText(reportFile);
        File.Delete(reportFile);
        Assert.True(report.Length > 0, printed);
        var problems = JsonSerializer.Deserialize<JsonElement>(report).EnumerateArray()
            .SelectMany(file => file.GetProperty("messages").EnumerateArray().Select(m =>
                $"{Path.GetRelativePath(site.Output, file.GetProperty("filePath").GetString()!)}:{m.GetProperty("line")}:{m.GetProperty("column")} {m.GetProperty("ruleId")}: {m.GetProperty("message")}"))
            .ToList();
        output.WriteLine($"{pages.Count} pages checked");
        Assert.True(problems.Count == 0 && exitCode == 0, string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void Every_internal_anchor_names_an_element_on_its_page_and_every_external_link_is_well_formed()
    {
        var parser = new HtmlParser();
        var ids = Pages.ToDictionary(
            f => "/" + Path.GetRelativePath(site.Output, f).Replace('\\', '/').Replace("index.html", ""),
            f => parser.ParseDocument(File.ReadAllText(f)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet());
        var broken = new List<string>();
        foreach (var (path, _) in ids)
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, path.TrimStart('/'), path.EndsWith(".html") ? "" : "index.html")));
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith("http://") || href.StartsWith("https://"))
                {
                    if (!Uri.TryCreate(href, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host) || href.Contains(' '))
                        broken.Add($"{path}: malformed external link {href}");
                    continue;
                }
                var hash = href.IndexOf('#');
                if (hash < 0) continue;
                var target = hash == 0 ? path : href[..hash];
                var anchor = Uri.UnescapeDataString(href[(hash + 1)..]);
                if (!ids.TryGetValue(target, out var targetIds) || !targetIds.Contains(anchor))
                    broken.Add($"{path}: {href} names no element");
            }
        }
        Assert.True(broken.Count == 0, string.Join("\n", broken.Take(40)));
    }

    [Fact]
    public void Every_page_with_its_stylesheet_and_script_stays_within_the_weight_budget()
    {
        // What a page loads as it opens: the assets its <link href> and <script src> name. The deck script, named only
        // in a data attribute, is fetched when a visitor asks for slides.
        var assets = Directory.GetFiles(Path.Combine(site.Output, "assets")).ToDictionary(f => "/assets/" + Path.GetFileName(f), Compressed);
        long Loaded(string html) => assets.Where(a => html.Contains($"href=\"{a.Key}\"") || html.Contains($"src=\"{a.Key}\"")).Sum(a => a.Value);
        var weights = Pages.Select(f => (Page: Path.GetRelativePath(site.Output, f), Bytes: Compressed(f) + Loaded(File.ReadAllText(f)))).OrderByDescending(p => p.Bytes).ToList();
        Assert.All(weights, w => Assert.True(w.Bytes > 20 * 1024, $"{w.Page} loads no stylesheet or script"));
        output.WriteLine($"heaviest: {weights[0].Page} at {weights[0].Bytes / 1024.0:0.0} KB compressed (budget {BudgetOf(weights[0].Page) / 1024} KB)");
        Assert.All(weights, w => Assert.True(w.Bytes <= BudgetOf(w.Page), $"{w.Page} weighs {w.Bytes / 1024.0:0.0} KB compressed, over its {BudgetOf(w.Page) / 1024} KB"));
    }

    private static long Compressed(string file)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        using (var input = File.OpenRead(file))
            input.CopyTo(gzip);
        return buffer.Length;
    }
}
