using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Index;
using static Catalogue.Tests.Ecosystem.ExternalProgram;

namespace Catalogue.Tests.Ecosystem;

/// <summary>
/// What VS Code is configured with in .vscode/ and .remarkrc.mjs, run as the editor runs it: the task's problem
/// matcher on real `check` output, and remark-lint-frontmatter-schema (the engine of the recommended remark
/// extension) on entries, against the editor schemas a build writes.
/// </summary>
public sealed class EditorSupportTests : IDisposable
{
    private static readonly string Repository = RealSiteFixture.RepositoryRoot;
    private readonly RealContentCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    private static JsonNode VsCodeFile(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Repository, ".vscode", name)), null,
        new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;

    private void Break(string entry, string from, string to)
    {
        var path = Path.Combine(_copy.Content, entry);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    [Fact]
    public async Task The_check_task_s_problem_matcher_reads_every_diagnostic_check_prints_and_nothing_else()
    {
        var task = VsCodeFile("tasks.json")["tasks"]!.AsArray().Single(t => (string?)t!["label"] == "catalogue: check")!;
        Assert.Equal(["run", "--project", "generator/Catalogue", "--", "check"], task["args"]!.AsArray().Select(a => (string?)a));
        var matcher = task["problemMatcher"]!;
        Assert.Equal(["relative", "${workspaceFolder}"], matcher["fileLocation"]!.AsArray().Select(a => (string?)a));
        var pattern = matcher["pattern"]!;
        var regex = new Regex((string)pattern["regexp"]!);
        int Group(string name) => (int)pattern[name]!;

        // An error and a warning, as the task would show them, run from the top of the copy as from the workspace.
        Break("cases/bekaert-carding.md", "practice: co-testing", "practice: co-tesing");
        Break("cases/bekaert-carding.md", "industry:", "industri: x\nindustry:");
        var check = await CatalogueProcess.RunAsync(_copy.Root, new Dictionary<string, string>(), "check", "--no-cache");
        Assert.Equal(1, check.ExitCode);

        var lines = CliRun.Lines(check.Output + "\n" + check.Errors).ToList();
        var matched = lines.Select(l => regex.Match(l)).Where(m => m.Success).ToList();
        Assert.Equal(lines.Count(l => l.Contains(": error CAT", StringComparison.Ordinal) || l.Contains(": warning CAT", StringComparison.Ordinal)), matched.Count);
        Assert.Equal(2, matched.Count);
        foreach (var match in matched)
        {
            // The file resolves from the workspace folder, and the place is the one the line names.
            var file = match.Groups[Group("file")].Value;
            Assert.True(File.Exists(Path.Combine(_copy.Root, file)), file);
            Assert.Equal("content/cases/bekaert-carding.md", file);
            Assert.Matches(@"^CAT\d{3}$", match.Groups[Group("code")].Value);
        }
        var error = matched.Single(m => m.Groups[Group("severity")].Value == "error");
        var errorLine = File.ReadAllLines(Path.Combine(_copy.Content, "cases/bekaert-carding.md"))[int.Parse(error.Groups[Group("line")].Value) - 1];
        Assert.Equal("co-tesing", errorLine[(int.Parse(error.Groups[Group("column")].Value) - 1)..].TrimEnd());
        Assert.StartsWith("unknown practice 'co-tesing'", error.Groups[Group("message")].Value);
        Assert.Contains(matched, m => m.Groups[Group("severity")].Value == "warning" && m.Groups[Group("message")].Value.StartsWith("unknown field 'industri'"));
        // The summary line ("1 error, 1 warning") is no problem of its own.
        Assert.DoesNotContain(lines.Where(l => !l.Contains(": error CAT") && !l.Contains(": warning CAT")), l => regex.IsMatch(l));
    }

    [Fact]
    public async Task The_remark_extension_s_configuration_flags_a_misspelt_id_in_front_matter_on_its_line_and_passes_the_real_content()
    {
        Assert.Contains("unifiedjs.vscode-remark", VsCodeFile("extensions.json")["recommendations"]!.AsArray().Select(r => (string?)r));
        var build = await new SiteBuilder(new BuildOptions(_copy.Content, Path.Combine(_copy.Root, "_site"), null, Search: false)).BuildAsync(write: true);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));

        // The configuration as the editor finds it at the workspace's root, beside the tools npm installed there.
        var tools = NodeTools.Find(Repository)!;
        await tools.EnsureInstalledAsync(CancellationToken.None);
        File.Copy(Path.Combine(Repository, ".remarkrc.mjs"), Path.Combine(_copy.Root, ".remarkrc.mjs"));
        Directory.CreateSymbolicLink(Path.Combine(_copy.Root, "node_modules"), Path.Combine(Repository, "node_modules"));
        Task<Outcome> RemarkAsync(params string[] files) => RunAsync("node",
            [Path.Combine(Repository, "node_modules", "remark-cli", "cli.js"), .. files, "--quiet", "--frail", "--no-stdout", "--no-color"],
            _copy.Root, TimeSpan.FromMinutes(5));

        var clean = await RemarkAsync("content");
        Assert.True(clean.ExitCode == 0 && clean.Errors.Trim().Length == 0, clean.ToString());

        Break("cases/bekaert-carding.md", "practice: co-testing", "practice: co-tesing");
        Break("methods/" + Path.GetFileName(EntryFiles.In(Path.Combine(_copy.Content, "methods"))[0]), "sources: [", "sources: [no-such-source-2020, ");
        var flagged = await RemarkAsync("content/cases/bekaert-carding.md", "content/methods");
        Assert.Equal(1, flagged.ExitCode);
        var line = File.ReadAllLines(Path.Combine(_copy.Content, "cases/bekaert-carding.md")).ToList().FindIndex(l => l.Contains("co-tesing")) + 1;
        Assert.Matches($@"(?m)^\s*{line}:\d+(-\d+:\d+)? +warning +Must be equal to one of the allowed values: .*`co-testing`", flagged.Errors);
        Assert.Matches(@"Must be equal to one of the allowed values: `[a-z-]+-\d{4}`", flagged.Errors);
        Assert.Matches(@"2 warnings", flagged.Errors);
    }
}
