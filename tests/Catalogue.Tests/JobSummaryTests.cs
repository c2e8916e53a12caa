using Catalogue.Cli.GitHubActions;
using Catalogue.Pipeline.Compare;

namespace Catalogue.Tests;

/// <summary>The job summary: what a pull request does to the catalogue compared with its base branch.</summary>
public class JobSummaryTests
{
    /// <summary>The fixture plus a concept and a challenge, so a change has something to edit and remove.</summary>
    private static TestCatalogue Base()
    {
        var c = new TestCatalogue()
            .Write("concepts/joint-work.md", "---\ntitle: Joint work\nsummary: Work done together.\nsources: [marcos-cuevas-2016]\n---\nAs in [[co-design]] [@marcos-cuevas-2016].")
            .Write("challenges/token-involvement.md", "---\ntitle: Token involvement\nsummary: Customers are asked but not heard.\nsources: [marcos-cuevas-2016]\nrelated: [joint-work]\npractices: [co-design]\nmitigations:\n  - Give customers a real decision.\n---\n## What goes wrong\nText.");
        return c.Edit("cases/acme-case.md", "[[co-design|designing the service]].", "[[co-design|designing the service]] and avoided [[token-involvement]].");
    }

    /// <summary>A change that adds a case, edits a concept and a practice, and removes the challenge a case links to.</summary>
    private static TestCatalogue Changed() => Base()
        .Write("cases/beta-case.md", """
            ---
            title: Beta pilot
            summary: A second supplier tried the same.
            organization: Beta
            industry: Logistics
            offering: A delivery service
            sources: [marcos-cuevas-2016]
            practices:
              - practice: co-design
                activities:
                  - Both firms sketched the service [@marcos-cuevas-2016, Table 2].
            ---
            ## The story
            Beta tried [[co-desing]].
            """)
        .Edit("concepts/joint-work.md", "As in [[co-design]]", "As in [[co-design]] and [[acme-case]]")
        .Edit("practices/co-design.md", "Designing together, as in [[acme-case]].", "Designing together.")
        .Remove("challenges/token-involvement.md");

    [Fact]
    public async Task The_diff_names_entries_added_changed_and_removed_and_links_added_removed_and_broken()
    {
        using var before = Base();
        using var after = Changed();
        Assert.Empty((await before.CheckAsync()).Diagnostics);

        var diff = CatalogueDiff.Between((await before.CheckAsync()).Catalogue!, (await after.CheckAsync()).Catalogue!);

        Assert.Equal(["beta-case"], diff.Added.Select(e => e.Id));
        Assert.Equal(["co-design", "joint-work"], diff.Changed.Select(e => e.Id));
        Assert.Equal(["token-involvement"], diff.Removed.Select(e => e.Id));
        Assert.Equal([("beta-case", "co-design"), ("joint-work", "acme-case")], diff.LinksAdded.Select(l => (l.From, l.To)));
        Assert.Equal([("co-design", "acme-case")], diff.LinksRemoved.Select(l => (l.From, l.To)));
        Assert.Equal([("acme-case", "token-involvement"), ("beta-case", "co-desing")], diff.LinksBroken.Select(l => (l.From, l.To)));
    }

    [Fact]
    public async Task The_summary_tells_a_reviewer_the_result_and_what_changed_by_type_with_titles()
    {
        using var before = Base();
        using var after = Changed();
        var result = await after.CheckAsync();
        var diff = CatalogueDiff.Between((await before.CheckAsync()).Catalogue!, result.Catalogue!);
        Assert.Equal("""
            ## Catalogue check

            6 entries checked: 2 errors, 1 warning. Each is shown as an annotation on its line and listed in the log.

            ### Compared with `origin/main`

            **Entries added** (1)

            - Case: Beta pilot (`beta-case`)

            **Entries changed** (2)

            - Practice: Co-design (`co-design`)
            - Concept: Joint work (`joint-work`)

            **Entries removed** (1)

            - Challenge: Token involvement (`token-involvement`)

            **Links added** (2)

            - Beta pilot → Co-design
            - Joint work → Acme pilot

            **Links removed** (1)

            - Co-design → Acme pilot

            **Links broken** (2)

            - Acme pilot → Token involvement (`token-involvement`), which no longer exists
            - Beta pilot → `co-desing`, which no entry has

            """.Replace("\r\n", "\n"), await SummaryAsync(before, after));
    }

    [Fact]
    public async Task Without_a_change_or_a_base_the_summary_says_so()
    {
        using var before = Base();
        using var after = Base();

        Assert.EndsWith("### Compared with `origin/main`\n\nNo entry and no link between entries changed.\n", await SummaryAsync(before, after));
        Assert.Equal("## Catalogue check\n\n6 entries checked: 0 errors, 0 warnings.\n", JobSummary.Markdown(await after.CheckAsync(), null));
    }

    [Fact]
    public async Task Titles_are_shown_as_written_not_read_as_markdown()
    {
        using var before = Base();
        using var after = Base().Edit("concepts/joint-work.md", "title: Joint work", "title: \"Joint *work* <b>|</b>\"");

        Assert.Contains(@"- Concept: Joint \*work\* \<b\>\|\</b\> (`joint-work`)", await SummaryAsync(before, after));
    }

    private static async Task<string> SummaryAsync(TestCatalogue before, TestCatalogue after)
    {
        var result = await after.CheckAsync();
        return JobSummary.Markdown(result, ("origin/main", CatalogueDiff.Between((await before.CheckAsync()).Catalogue!, result.Catalogue!)));
    }

    [Fact]
    public async Task Check_appends_the_summary_to_the_step_summary_and_keeps_the_base_problems_to_itself()
    {
        using var before = Base();
        before.Edit("cases/acme-case.md", "practice: co-design", "practice: co-desing"); // the base's own error
        using var after = Base();
        after.Write("concepts/team-work.md", "---\ntitle: Team work\nsummary: Work in teams.\nsources: [marcos-cuevas-2016]\nrelated: [joint-work]\n---\nText.");
        var summary = Path.Combine(after.Root, "summary.md");
        File.WriteAllText(summary, "Earlier step.\n");

        var run = await CatalogueProcess.RunAsync(after.Root, new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary },
            "check", "--base", before.Content);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("co-desing", run.Errors + run.Output);
        var text = File.ReadAllText(summary);
        Assert.StartsWith("Earlier step.\n## Catalogue check\n\n7 entries checked: 0 errors, 1 warning.", text);
        Assert.Contains($"### Compared with `{before.Content}`", text);
        Assert.Contains("- Concept: Team work (`team-work`)", text);
        Assert.Contains("- Team work → Joint work", text);
    }

    [Fact]
    public async Task Without_a_step_summary_check_prints_the_comparison()
    {
        using var before = Base();
        using var after = Base().Remove("concepts/joint-work.md").Edit("challenges/token-involvement.md", "related: [joint-work]\n", "");

        var run = await CatalogueProcess.RunAsync(after.Root, new Dictionary<string, string>(), "check", "--base", before.Content);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("**Entries removed** (1)\n\n- Concept: Joint work (`joint-work`)\n", run.Output);
    }

    [Fact]
    public async Task A_missing_base_folder_is_one_sentence_and_a_usage_error()
    {
        using var c = new TestCatalogue();

        var run = await CatalogueProcess.RunAsync(c.Root, new Dictionary<string, string>(), "check", "--base", "no-such-folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("catalogue check: the base folder 'no-such-folder' does not exist; pass the base branch's content folder with --base.\n", run.Errors);
    }
}
