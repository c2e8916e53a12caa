namespace Catalogue.Tests;

/// <summary>`check --base-ref`: the base content read from git history, in a repository made for the test.</summary>
public class BaseRefTests
{
    [Fact]
    public async Task The_summary_compares_with_the_content_at_the_ref()
    {
        using var c = new TestCatalogue();
        TestGit.Init(c.Root);
        TestGit.Commit(c.Root, "Ada Lovelace", "2026-03-01T10:00:00+01:00", "Start the catalogue");
        c.Write("concepts/joint-work.md", "---\ntitle: Joint work\nsummary: Work done together.\nsources: [marcos-cuevas-2016]\n---\nAs in [[co-design]] [@marcos-cuevas-2016].")
            .Edit("cases/acme-case.md", "[[co-design|designing the service]].", "[[co-design|designing the service]] and [[joint-work]].");
        TestGit.Commit(c.Root, "Grace Hopper", "2026-11-23T09:30:00+00:00", "Add a concept");
        var summary = Path.Combine(c.Root, "summary.md");

        var run = await CatalogueProcess.RunAsync(c.Root, new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, "check", "--base-ref", "HEAD~1");

        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(summary);
        Assert.Contains("### Compared with `HEAD~1`", text);
        Assert.Contains("**Entries added** (1)\n\n- Concept: Joint work (`joint-work`)\n", text);
        Assert.Contains("**Entries changed** (1)\n\n- Case: Acme pilot (`acme-case`)\n", text);
        Assert.Contains("**Links added** (2)\n\n- Acme pilot → Joint work\n- Joint work → Co-design\n", text);
    }

    [Fact]
    public async Task A_ref_git_does_not_know_is_one_sentence_and_a_usage_error()
    {
        using var c = new TestCatalogue();
        TestGit.Init(c.Root);
        TestGit.Commit(c.Root, "Ada Lovelace", "2026-03-01T10:00:00+01:00", "Start the catalogue");

        var run = await CatalogueProcess.RunAsync(c.Root, new Dictionary<string, string>(), "check", "--base-ref", "origin/nope");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Errors.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("catalogue check: git cannot give the content at 'origin/nope' (", line);
        Assert.EndsWith("); check the ref's spelling, or fetch it first (git fetch origin main).", line);
    }

    [Fact]
    public async Task Outside_a_git_checkout_the_base_ref_is_refused_in_one_sentence()
    {
        using var c = new TestCatalogue();

        var run = await CatalogueProcess.RunAsync(c.Root, new Dictionary<string, string>(), "check", "--base-ref", "main");

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"^catalogue check: git cannot give the content at 'main' \(not a git repository[^\n]*\n$", run.Errors);
    }

    [Fact]
    public async Task Without_git_the_base_ref_is_refused_in_one_sentence()
    {
        using var c = new TestCatalogue();
        var noGit = Directory.CreateDirectory(Path.Combine(c.Root, "empty-path")).FullName;

        var run = await CatalogueProcess.RunAsync(c.Root, new Dictionary<string, string> { ["PATH"] = noGit }, "check", "--base-ref", "main");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("catalogue check: --base-ref needs git, which was not found; install git or pass the base content folder with --base.\n", run.Errors);
    }

    [Fact]
    public async Task Base_and_base_ref_together_are_a_usage_error()
    {
        using var c = new TestCatalogue();

        var run = await CatalogueProcess.RunAsync(c.Root, new Dictionary<string, string>(), "check", "--base", c.Content, "--base-ref", "main");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("catalogue: give the base content with --base or --base-ref, not both\n", run.Errors);
    }
}
