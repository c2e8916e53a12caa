using AngleSharp.Html.Parser;
using Catalogue.Pipeline;

namespace Catalogue.Tests;

/// <summary>
/// The real content/ built once per test run, search index included, and shared by every test that
/// looks at the site a visitor would get (the browser tests serve the same folder). Nothing writes to it.
/// </summary>
public sealed class RealSiteFixture : IAsyncLifetime
{
    private static readonly string SharedOutput = Path.Combine(Path.GetTempPath(), "catalogue-real-" + Guid.NewGuid().ToString("N"));
    private static readonly Lazy<Task<BuildResult>> SharedBuild = new(() =>
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(SharedOutput)) Directory.Delete(SharedOutput, recursive: true);
        };
        return new SiteBuilder(new BuildOptions(Path.Combine(RepositoryRoot, "content"), SharedOutput, null)).BuildAsync(write: true);
    });

    public string Output => SharedOutput;
    internal BuildResult Result { get; private set; } = default!;

    /// <summary>Builds the site the first time any test asks for it.</summary>
    internal static async Task<(string Output, BuildResult Result)> BuildOnceAsync() => (SharedOutput, await SharedBuild.Value);

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Catalogue.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Catalogue.sln not found above the test folder");
        }
    }

    public async Task InitializeAsync() => Result = (await BuildOnceAsync()).Result;

    public Task DisposeAsync() => Task.CompletedTask;
}

public class RealContentTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_real_content_builds_with_no_errors_and_no_warnings()
    {
        Assert.Empty(site.Result.Diagnostics.Select(d => d.ToString()));
        Assert.True(site.Result.PagesWritten > 50);
    }

    [Fact]
    public void Every_internal_link_points_at_a_page_or_file_that_exists()
    {
        var broken = new List<string>();
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        foreach (var file in pages)
        {
            var document = Parser.ParseDocument(File.ReadAllText(file));
            foreach (var href in document.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!href.StartsWith('/')) continue;
                var path = href.Split('#')[0].Split('?')[0]; // a query (a plan's builder link) is for the page's script
                var target = Path.Combine(site.Output, path.TrimStart('/'));
                if (!(File.Exists(target) || File.Exists(Path.Combine(target, "index.html"))))
                    broken.Add($"{Path.GetRelativePath(site.Output, file)} → {href}");
            }
        }
        Assert.True(pages.Count > 50);
        Assert.Empty(broken);
    }

    [Fact]
    public void Every_practice_page_lists_each_case_that_uses_it()
    {
        var content = Path.Combine(RealSiteFixture.RepositoryRoot, "content");
        var practices = EntryFiles.In(Path.Combine(content, "practices")).Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Equal(8, practices.Count);
        foreach (var practice in practices)
        {
            // Which cases name this practice, read straight from their front matter.
            var users = EntryFiles.In(Path.Combine(content, "cases"))
                .Where(f => File.ReadLines(f).Any(l => l.Trim() == $"- practice: {practice}"))
                .Select(Path.GetFileNameWithoutExtension).ToList();
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "practices", practice!, "index.html")));
            var listed = page.QuerySelectorAll("section.case-use h3 a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(users.Select(u => $"/cases/{u}/").Order(), listed.Order());
            Assert.True(users.Count >= 2, $"{practice} is used by {users.Count} case(s)");
        }
    }

    [Fact]
    public void Every_page_has_a_title_description_canonical_url_and_open_graph_tags()
    {
        foreach (var file in Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories))
        {
            var d = Parser.ParseDocument(File.ReadAllText(file));
            Assert.False(string.IsNullOrWhiteSpace(d.Title), file);
            Assert.False(string.IsNullOrWhiteSpace(d.QuerySelector("meta[name=description]")?.GetAttribute("content")), file);
            Assert.StartsWith("https://", d.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.NotNull(d.QuerySelector("meta[property='og:title']"));
        }
    }

    [Fact]
    public void The_site_has_a_sitemap_robots_a_404_page_and_a_bibliography()
    {
        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));
        Assert.Contains("<loc>https://co-creation-catalogue.netlify.app/practices/co-design/</loc>", sitemap);
        Assert.Contains("Sitemap: https://co-creation-catalogue.netlify.app/sitemap.xml", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
        Assert.True(File.Exists(Path.Combine(site.Output, "404.html")));
        var bibliography = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "sources", "index.html")));
        Assert.NotNull(bibliography.GetElementById("marcos-cuevas-2016"));
    }
}

public class KnowledgeBaseTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static int Count(string folder) =>
        EntryFiles.In(Path.Combine(RealSiteFixture.RepositoryRoot, "content", folder)).Length;

    [Fact]
    public void The_knowledge_base_has_at_least_what_the_papers_support()
    {
        Assert.Equal(3, Count("dimensions"));
        Assert.Equal(8, Count("practices"));
        Assert.Equal(6, Count("capabilities"));
        Assert.True(Count("cases") >= 7, $"{Count("cases")} cases");
        Assert.True(Count("frameworks") >= 6, $"{Count("frameworks")} frameworks");
        Assert.True(Count("concepts") >= 25, $"{Count("concepts")} concepts");
        Assert.True(Count("challenges") >= 12, $"{Count("challenges")} challenges");
        Assert.True(Count("workshops") >= 2, $"{Count("workshops")} workshop plans");
        foreach (var page in new[] { "home", "about", "model" })
            Assert.True(File.Exists(Path.Combine(RealSiteFixture.RepositoryRoot, "content", "pages", page + ".md")), page);
    }

    [Fact]
    public void Every_capability_is_evidenced_by_a_case_or_explains_why_not()
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var file in Directory.GetFiles(Path.Combine(site.Output, "capabilities"), "index.html", SearchOption.AllDirectories)
                     .Where(f => Path.GetDirectoryName(f) != Path.Combine(site.Output, "capabilities")))
        {
            var page = parser.ParseDocument(File.ReadAllText(file));
            var evidence = page.QuerySelectorAll("#evidence-heading ~ dl dt a").Length;
            var explains = page.QuerySelector(".prose")?.TextContent.Contains("no specific instance", StringComparison.OrdinalIgnoreCase) ?? false;
            Assert.True(evidence > 0 || explains, $"{file} shows no case evidence and no explanation");
        }
    }
}

public class MatrixPageTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    [Fact]
    public void The_practice_by_case_matrix_has_one_row_per_practice_and_one_column_per_case()
    {
        var content = Path.Combine(RealSiteFixture.RepositoryRoot, "content");
        var practices = EntryFiles.In(Path.Combine(content, "practices")).Length;
        var cases = EntryFiles.In(Path.Combine(content, "cases")).Length;
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "matrix", "index.html")));
        var table = page.GetElementById("practice-by-case")!;
        Assert.Equal(practices, table.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(cases, table.QuerySelectorAll("thead th").Length - 1);
        // Rolls-Royce reported co-diagnosis activities, and they appear in its cell.
        var columns = table.QuerySelectorAll("thead th").Select(th => th.QuerySelector("a")?.GetAttribute("href")).ToList();
        var row = table.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th a")!.GetAttribute("href") == "/practices/co-diagnosis/");
        var cell = row.QuerySelectorAll("td")[columns.IndexOf("/cases/rolls-royce-totalcare/") - 1];
        Assert.NotEmpty(cell.QuerySelectorAll("li"));
        Assert.Equal(practices, page.GetElementById("practice-by-capability")!.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void The_dimension_overview_groups_each_practice_under_its_dimension()
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "matrix", "index.html")));
        var groups = page.GetElementById("dimension-overview")!.QuerySelectorAll("tbody")
            .ToDictionary(g => g.QuerySelector("th[scope=rowgroup] a")!.TextContent,
                          g => g.QuerySelectorAll("th[scope=row] a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Equal(["Linking", "Materializing", "Institutionalizing"], groups.Keys);
        Assert.Equal(8, groups.Values.Sum(p => p.Count));
        Assert.Contains("/practices/co-design/", groups["Materializing"]);
        Assert.Contains("/practices/embedding/", groups["Institutionalizing"]);
        // Each group's first row names the dimension; every other row is a practice.
        foreach (var group in page.GetElementById("dimension-overview")!.QuerySelectorAll("tbody"))
            Assert.All(group.QuerySelectorAll("tr").Skip(1), tr => Assert.NotNull(tr.QuerySelector("th[scope=row] a")));
    }
}
