using Catalogue.Output;

namespace Catalogue.Tests.Safety;

/// <summary>
/// A build replaces its output whole, so it may only replace what a build wrote: tried with every kind of
/// folder a user could name by mistake, in a repository with uncommitted work.
/// </summary>
public sealed class OutputFolderTests : IAsyncLifetime
{
    private UserFolder _folder = null!;

    public async Task InitializeAsync() => _folder = await UserFolder.CreateAsync();

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Output paths a user might type, and whether a build may write there.</summary>
    public static TheoryData<string, bool> Outputs => new()
    {
        { ".", false }, { "..", false }, { "content", false }, { "content/cases", false }, { "content/x", false },
        { "theme", false }, { "theme/x", false }, { "{project}", false }, { "{home}", false }, { "/", false },
        { "notes.txt", false }, { "foreign", false }, { ".git", false },
        { "empty", true }, { "_site", true }, { "built/site", true },
        { "link-here", false }, { "link-up", false }, { "link-content", false }, { "link-content/x", false }, { "link-theme", false },
        { "link-home", false }, { "link-notes", false }, { "link-foreign", false },
        { "link-loop", false }, { "link-empty", true }, { "link-site", true },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task Build_changes_nothing_outside_an_earlier_builds_output(string output, bool allowed)
    {
        output = output.Replace("{project}", _folder.Project).Replace("{home}", _folder.Home);
        if (!allowed)
        {
            var line = await RefusedAsync("build", "--output", output, "--no-search");
            Assert.StartsWith($"--output {output}: ", line);
            Assert.Contains("name a ", line);
            return;
        }
        var status = _folder.GitStatus();
        var before = _folder.Snapshot();

        var run = await _folder.RunAsync("build", "--output", output, "--no-search");

        var after = _folder.Snapshot();
        Assert.True(run.ExitCode == 0, run.Errors);
        var outputReal = Files.RealPath.Of(Path.Combine(_folder.Project, output));
        Assert.True(File.Exists(Path.Combine(outputReal, "index.html")));
        Assert.True(OutputFolder.IsBuildOutput(outputReal));
        // The snapshot's paths are as walked, never through a link, so they compare with the output's real path as they are.
        bool Outside(string path) => !Files.RealPath.IsWithin(path, outputReal);
        // Whatever changed is the output itself; every other file, folder and link is as it was, and the only
        // things added elsewhere are the folders it lies in.
        Assert.Equal(before.Where(p => Outside(p.Key)), after.Where(p => Outside(p.Key) && before.ContainsKey(p.Key)));
        Assert.All(after.Keys.Where(p => Outside(p) && !before.ContainsKey(p)), added => Assert.True(Files.RealPath.IsWithin(outputReal, added), added));
        Assert.Equal(StatusOutside(status), StatusOutside(_folder.GitStatus()));

        // git's view of everything but the output and the folders made for it.
        IEnumerable<string> StatusOutside(string porcelain) => CliRun.Lines(porcelain)
            .Where(line => Path.Combine(_folder.Project, line[3..].TrimEnd('/')) is var path && Outside(path) && !Files.RealPath.IsWithin(outputReal, path));
    }

    [Fact]
    public async Task Serve_refuses_the_working_folder_before_it_listens_or_writes() =>
        Assert.Equal("--output .: it is the current folder, and a build replaces its output whole; name a new folder (such as _site).",
            await RefusedAsync("serve", "--output", ".", "--port", "0", "--no-search"));

    [Fact]
    public async Task Serve_refuses_a_folder_of_the_users_own_files()
    {
        var line = await RefusedAsync("serve", "--output", "foreign", "--port", "0", "--no-search");

        Assert.Contains("holds files that no build wrote", line);
        Assert.EndsWith("or empty this one.", line);
    }

    [Fact]
    public async Task A_leftover_that_looks_like_a_staging_folder_but_holds_the_users_files_is_kept()
    {
        // Named as a killed build's staging folder would be, by a process that no longer runs.
        _folder.Write("._site.staging-999999-0123456789abcdef/mine.txt", "keep me\n");
        _folder.Write("._site.previous/mine.txt", "keep me too\n");

        var run = await _folder.RunAsync("build", "--output", "_site", "--no-search");

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal("keep me\n", File.ReadAllText(Path.Combine(_folder.Project, "._site.staging-999999-0123456789abcdef/mine.txt")));
        Assert.Equal("keep me too\n", File.ReadAllText(Path.Combine(_folder.Project, "._site.previous/mine.txt")));
    }

    [Fact]
    public async Task Export_deck_replaces_an_existing_file_only_with_force()
    {
        Assert.Equal("catalogue export deck: --out notes.txt already exists; name a new file, or add --force to replace it.",
            await RefusedAsync("export", "deck", "--practices", "co-design", "--out", "notes.txt"));

        var forced = await _folder.RunAsync("export", "deck", "--practices", "co-design", "--out", "notes.txt", "--force");

        Assert.True(forced.ExitCode == 0, forced.Errors);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(Path.Combine(_folder.Project, "notes.txt"))[..2]);
        Assert.Empty(Directory.GetFiles(_folder.Project, "*.partial"));
    }

    [Fact]
    public async Task Export_deck_refuses_a_folder_as_its_file()
    {
        Assert.Equal("catalogue export deck: --out foreign is a folder; name the .pptx file to write.",
            await RefusedAsync("export", "deck", "--practices", "co-design", "--out", "foreign", "--force"));
    }

    /// <summary>Runs a command that must be refused as bad usage, touching nothing; returns its one line.</summary>
    private async Task<string> RefusedAsync(params string[] args)
    {
        var status = _folder.GitStatus();
        var before = _folder.Snapshot();

        var run = await _folder.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(before, _folder.Snapshot());
        Assert.Equal(status, _folder.GitStatus());
        return Assert.Single(CliRun.Lines(run.Errors));
    }

    [Fact]
    public async Task A_folder_the_system_will_not_let_anyone_write_is_one_line_and_the_environment_exit_code()
    {
        var before = _folder.Snapshot();

        // /proc refuses new folders even to root, so this holds whoever runs the tests.
        var run = await _folder.RunAsync("build", "--output", "/proc/catalogue-site", "--no-search");

        Assert.Equal(3, run.ExitCode);
        var line = Assert.Single(CliRun.Lines(run.Errors));
        Assert.StartsWith("Cannot write the site to /proc/catalogue-site (", line);
        Assert.EndsWith("/proc/catalogue-site was left as it was.", line);
        Assert.Equal(before, _folder.Snapshot());
    }
}
