using System.Text.Json.Nodes;

namespace Catalogue.Tests.Ecosystem;

/// <summary>
/// `catalogue init DIR`: a library in another domain, its types declared in content/types.yaml, that checks and
/// builds as it comes; a folder with anything in it is refused untouched; a mistake in types.yaml is one line.
/// </summary>
public sealed class LibraryInitTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("catalogue-init-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly string[] Written =
    [
        ".config/dotnet-tools.json", ".github/workflows/site.yml", ".gitignore",
        "content/pages/about.md", "content/pages/home.md", "content/site.yaml", "content/sources.yaml",
        "content/stories/_index.md", "content/stories/sample-story.md", "content/techniques/_index.md", "content/techniques/sample-technique.md",
        "content/tools/_index.md", "content/tools/sample-tool.md", "content/types.yaml",
        "netlify.toml", "package-lock.json", "package.json", "scripts/netlify-build.sh",
    ];

    private static string[] FilesIn(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private async Task<string> InitAsync()
    {
        var library = Path.Combine(_root, "library");
        var init = await CliRun.InProcessAsync("init", library);
        Assert.True(init.ExitCode == 0, init.Errors);
        Assert.Contains($"Started a library in {library} ({Written.Length} files).", init.Output);
        return library;
    }

    [Fact]
    public async Task A_new_library_checks_and_builds_with_the_types_it_declares()
    {
        var library = await InitAsync();
        Assert.Equal(Written, FilesIn(library));
        var content = Path.Combine(library, "content");

        var check = await CliRun.InProcessAsync("check", "--content", content, "--no-cache");
        Assert.True(check.ExitCode == 0, check.Output + check.Errors);
        Assert.Contains("Checked 5 entries", check.Output);
        Assert.Contains("no errors", check.Output);
        Assert.Empty(check.Diagnostics(library));

        var site = Path.Combine(library, "_site");
        var build = await CliRun.InProcessAsync("build", "--content", content, "--output", site, "--no-search", "--no-cache");
        Assert.True(build.ExitCode == 0, build.Output + build.Errors);
        // A page per sample entry and a list page per declared type, in the navigation.
        var home = File.ReadAllText(Path.Combine(site, "index.html"));
        foreach (var (folder, id) in new[] { ("techniques", "sample-technique"), ("tools", "sample-tool"), ("stories", "sample-story") })
        {
            Assert.Contains($"sample entry showing the fields of a {id[7..]}", File.ReadAllText(Path.Combine(site, folder, id, "index.html")));
            Assert.True(File.Exists(Path.Combine(site, folder, "index.html")), folder);
            Assert.Contains($"href=\"/{folder}/\"", home);
        }
        // The declared fields reach the JSON Schemas the editor and the data downloads use.
        var technique = JsonNode.Parse(File.ReadAllText(Path.Combine(site, "schema", "technique.schema.json")))!;
        Assert.Equal(["low", "medium", "high"], technique["properties"]!["effort"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Contains("effort", technique["required"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.False(File.Exists(Path.Combine(site, "schema", "practice.schema.json")));
    }

    [Fact]
    public async Task New_starts_an_entry_of_a_type_the_library_declares_and_names_those_types_when_one_is_misspelt()
    {
        var library = await InitAsync();
        var none = new Dictionary<string, string>();

        var made = await CatalogueProcess.RunAsync(library, none, "new", "technique", "Pair review");
        Assert.True(made.ExitCode == 0, made.Output + made.Errors);
        Assert.Contains("Created content/techniques/pair-review.md", made.Output);
        var entry = File.ReadAllText(Path.Combine(library, "content", "techniques", "pair-review.md"));
        Assert.Matches("(?m)^title: \"?Pair review\"?$", entry);
        Assert.Contains("\neffort:", entry);
        Assert.Contains("## How to use it", entry);

        var misspelt = await CatalogueProcess.RunAsync(library, none, "new", "tecnique", "Pair review");
        Assert.Equal(2, misspelt.ExitCode);
        Assert.Equal("catalogue new: unknown type 'tecnique' (did you mean 'technique'?); choose technique, tool, story or source, e.g. catalogue new technique \"Its title\"",
            Assert.Single(CliRun.Lines(misspelt.Errors)));
    }

    [Fact]
    public async Task The_new_library_s_workflow_passes_actionlint()
    {
        var library = await InitAsync();
        var (exitCode, output) = await WorkflowLintTests.LintAsync([Path.Combine(library, ".github", "workflows", "site.yml")]);
        Assert.True(exitCode == 0 && output.Length == 0, output);
    }

    [Fact]
    public async Task A_folder_with_anything_in_it_is_refused_in_one_line_and_left_as_it_was()
    {
        var folder = Path.Combine(_root, "notes");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "ideas.txt"), "keep me");

        var init = await CliRun.InProcessAsync("init", folder);

        Assert.Equal(2, init.ExitCode);
        var line = Assert.Single(CliRun.Lines(init.Errors));
        Assert.Equal($"catalogue init: '{folder}' is not empty; name a new or empty folder, so nothing in it is overwritten", line);
        Assert.Equal(["ideas.txt"], FilesIn(folder));
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(folder, "ideas.txt")));
    }

    [Theory]
    [InlineData("      - name: effort", "        requird: true", null, "18:9: error CAT022: unknown field 'requird' in 'fields' (did you mean 'required'?)")]
    [InlineData("      - name: tools", "        to: [tools]", "        to: [tool]", "23:14: error CAT063: the field 'tools' refers to a type 'tools' that types.yaml does not declare (did you mean 'tool'?)")]
    [InlineData("      - name: effort", "        type: choise", "        type: choice", "18:15: error CAT023: invalid 'type': 'choise' is not allowed (did you mean 'choice'?)")]
    public async Task A_mistake_in_types_yaml_is_one_line_naming_the_file_and_line(string after, string added, string? replaced, string expected)
    {
        var library = await InitAsync();
        var types = Path.Combine(library, "content", "types.yaml");
        var lines = File.ReadAllLines(types).ToList();
        var at = lines.IndexOf(after) + 1;
        lines.Insert(at, added);
        if (replaced is not null) Assert.True(lines.Remove(replaced), replaced);
        File.WriteAllLines(types, lines);

        var check = await CliRun.InProcessAsync("check", "--content", Path.Combine(library, "content"), "--no-cache");

        Assert.Equal(1, check.ExitCode);
        Assert.Equal(["content/types.yaml:" + expected], check.Diagnostics(library));
        Assert.False(check.ShowsAStackTrace);
    }
}
