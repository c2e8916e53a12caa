using AngleSharp.Html.Parser;
using Catalogue.Pipeline;

namespace Catalogue.Tests;

/// <summary>Every entry page says when its file last changed and by whom, from git history when there is one.</summary>
public class GitHistoryTests
{
    private static readonly HtmlParser Parser = new();

    /// <summary>A history of two commits by two people: the whole catalogue, then one case's outcome.</summary>
    private static void CommitTwice(TestCatalogue c)
    {
        TestGit.Init(c.Root);
        TestGit.Commit(c.Root, "Ada Lovelace", "2026-03-01T10:00:00+01:00", "Start the catalogue");
        c.Edit("cases/acme-case.md", "Downtime fell [", "Downtime fell by a third [");
        TestGit.Commit(c.Root, "Grace Hopper", "2026-11-23T09:30:00+00:00", "Sharpen the outcome");
    }

    [Fact]
    public async Task A_page_shows_the_newest_commit_that_touched_its_file()
    {
        using var c = new TestCatalogue();
        CommitTwice(c);

        var result = await c.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Empty(result.Notes);
        Assert.Equal(("2026-11-23T09:30:00+00:00", "Last changed on 23 November 2026 by Grace Hopper."), LastChanged(c.Page("cases/acme-case")));
        Assert.Equal(("2026-03-01T10:00:00+01:00", "Last changed on 1 March 2026 by Ada Lovelace."), LastChanged(c.Page("practices/co-design")));
    }

    [Fact]
    public async Task Outside_git_pages_leave_the_line_out_and_the_build_says_why_once()
    {
        using var c = new TestCatalogue();

        var result = await c.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Pages show no last-changed dates: the content folder is not in a git checkout.", Assert.Single(result.Notes));
        Assert.DoesNotContain("Last changed", c.Page("cases/acme-case"));
    }

    [Fact]
    public async Task A_shallow_clone_is_not_taken_for_the_history()
    {
        using var c = new TestCatalogue();
        CommitTwice(c);
        var clone = Path.Combine(c.Root, "clone");
        TestGit.Run(c.Root, "clone", "-q", "--depth", "1", "file://" + c.Root, clone);

        var output = Path.Combine(clone, "_site");
        var result = await new SiteBuilder(new BuildOptions(Path.Combine(clone, "content"), output, "https://example.org/", Search: false)).BuildAsync(write: true);

        Assert.True(result.Succeeded);
        Assert.Equal("Pages show no last-changed dates: the git checkout is shallow (clone it with its full history).", Assert.Single(result.Notes));
        Assert.DoesNotContain("Last changed", File.ReadAllText(Path.Combine(output, "practices", "co-design", "index.html")));
    }

    private static (string? Timestamp, string Text) LastChanged(string html)
    {
        var line = Assert.Single(Parser.ParseDocument(html).QuerySelectorAll(".entry-footer p"), p => p.TextContent.StartsWith("Last changed"));
        return (line.QuerySelector("time")?.GetAttribute("datetime"), line.TextContent);
    }
}
