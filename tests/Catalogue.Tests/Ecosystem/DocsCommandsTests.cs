using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Catalogue.Model.Types.Standard;
using Catalogue.Pipeline.Index;
using Catalogue.Tests.Browser;
using Xunit.Abstractions;
using static Catalogue.Tests.Ecosystem.ExternalProgram;

namespace Catalogue.Tests.Ecosystem;

/// <summary>
/// Every shell command fenced in README.md, CONTRIBUTING.md and the content guide, run in order on a copy of the
/// repository as a reader would type it, each ending with exit 0: CONTRIBUTING's from a clone of that copy (its
/// steps clone, branch, create and check a case, commit and push), the others from the copy itself. Nothing a
/// step needs may come from outside the copy. The few commands that cannot run in a test are listed with why.
/// </summary>
public sealed partial class DocsCommandsTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string Repository = RealSiteFixture.RepositoryRoot;
    private static readonly string[] Documents = ["CONTRIBUTING.md", "README.md", "docs/content-guide.md"];

    /// <summary>The commands not run, by how they start, and why each cannot be.</summary>
    private static readonly Dictionary<string, string> NotRun = new()
    {
        ["dotnet test "] = "runs the whole suite, this test among it (a run inside a run, 15 minutes and more)",
        ["FUZZ_ITERATIONS=100000 dotnet test"] = "100,000 mutations take hours; MutationFuzzTests runs 1,000 in the suite",
        ["scripts/bench.sh"] = "installs hugo with apt-get and benchmarks for many minutes",
        ["dotnet run -c Release --project tests/Benchmarks -- run "] = "a Release benchmark of several sizes, many minutes on two cores",
        ["dotnet run -c Release --project tests/Benchmarks -- stages "] = "BenchmarkDotNet in Release, a few minutes per benchmark",
    };

    private readonly string _work = Directory.CreateTempSubdirectory("catalogue-docs-").FullName;
    /// <summary>The copy, standing for the contributor's fork on GitHub: cloned, it makes the folder 'your-fork' as there.</summary>
    private string Workspace => Path.Combine(_work, "github", "your-fork.git");

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); }
        catch (IOException) { /* a preview's last file handle; the folder is temporary */ }
    }

    internal sealed record FencedCommand(string Document, int Line, string Text)
    {
        public override string ToString() => $"{Document}:{Line}: {Text}";
    }

    /// <summary>Each command of each ```sh block, a line continued with '\' joined to the next, comments and blank lines left out.</summary>
    internal static IEnumerable<FencedCommand> Extract(string document, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Fence().Match(lines[i]) is not { Success: true } open) continue;
            var shell = open.Groups[1].Value is "sh" or "bash" or "shell";
            for (i++; i < lines.Length && !Fence().Match(lines[i]).Success; i++)
            {
                var (start, command) = (i + 1, lines[i].Trim());
                while (command.EndsWith('\\') && i + 1 < lines.Length) command = command[..^1].TrimEnd() + " " + lines[++i].Trim();
                if (shell && command.Length > 0 && !command.StartsWith('#')) yield return new FencedCommand(document, start, command);
            }
        }
    }

    [Fact]
    public void Every_fenced_shell_block_is_found_and_each_skip_names_a_documented_command()
    {
        var commands = Documents.SelectMany(d => Extract(d, File.ReadAllText(Path.Combine(Repository, d)))).ToList();
        Assert.Contains(commands, c => c.Text == "dotnet run --project generator/Catalogue -- new source --author \"Marcos-Cuevas, J.\" --author \"Nätti, S.\" --year 2016 --title \"Value co-creation practices and capabilities\" --type article");
        Assert.All(NotRun.Keys, prefix => Assert.Contains(commands, c => c.Text.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.All(Documents, d => Assert.Contains(commands, c => c.Document == d));
    }

    [Fact]
    public async Task Every_documented_command_runs_on_a_copy_of_the_repository_and_succeeds()
    {
        await PrepareWorkspaceAsync();
        var ran = new List<string>();
        foreach (var document in Documents)
        {
            // A reader of CONTRIBUTING starts from a folder of their own and clones; the others stand in the repository.
            var folder = document == "CONTRIBUTING.md" ? _work : Workspace;
            foreach (var command in Extract(document, File.ReadAllText(Path.Combine(Repository, document))))
            {
                if (NotRun.FirstOrDefault(n => command.Text.StartsWith(n.Key, StringComparison.Ordinal)) is { Key: not null } skip)
                {
                    output.WriteLine($"not run: {command} ({skip.Value})");
                    continue;
                }
                if (command.Text.StartsWith("cd ", StringComparison.Ordinal))
                {
                    folder = Path.GetFullPath(Path.Combine(folder, command.Text[3..].Trim()));
                    Assert.True(Directory.Exists(folder), command.ToString());
                    ran.Add(command.ToString());
                    continue;
                }
                if (command.Text.Contains("search-latency") && BrowserSite.SkipReason is { } noBrowser)
                {
                    output.WriteLine($"not run: {command} ({noBrowser})");
                    continue;
                }
                var text = Rewrite(command.Text);
                if (command.Text.EndsWith("-- serve", StringComparison.Ordinal)) await ServeAsync(text, folder, command);
                else
                {
                    var outcome = await RunAsync("bash", ["-c", text], folder, TimeSpan.FromMinutes(10), Environment());
                    Assert.True(outcome.ExitCode == 0, $"{command}\n{outcome}");
                    if (Created().Match(outcome.Output) is { Success: true } created && command.Text.Contains("-- new case"))
                        FillIn(Path.Combine(folder, created.Groups[1].Value));
                }
                ran.Add(command.ToString());
            }
        }
        output.WriteLine($"ran {ran.Count} commands:\n" + string.Join("\n", ran));
        // The contributor's pushed branch arrived, with the case they made and checked.
        Assert.Contains("content/cases/organization-name.md", RunGit(Workspace, "show", "--name-only", "--format=", "case-organization-name"));
    }

    /// <summary>The command as run here: the program and the benchmarks as built beside the tests (the same code
    /// `dotnet run` would compile again), /tmp/ inside the test's folder, and the fork to clone is the copy.</summary>
    private string Rewrite(string command) => command
        .Replace("dotnet run --project generator/Catalogue --", $"dotnet \"{CliRun.Program}\"")
        .Replace("dotnet run --project tests/Benchmarks --", $"dotnet \"{Path.Combine(AppContext.BaseDirectory, "catalogue-bench.dll")}\"")
        .Replace("/tmp/", _work + "/tmp/")
        .Replace("https://github.com/your-user-name/your-fork.git", Workspace);

    /// <summary>git's global settings in the test's folder: `git config --global` must not touch the machine's.</summary>
    private Dictionary<string, string?> Environment() => new()
    {
        ["GIT_CONFIG_GLOBAL"] = Path.Combine(_work, "gitconfig"),
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        // As on a contributor's machine: CI=true would restore in locked mode, which a clone's `dotnet pack` of one
        // project cannot match (the lock files also pin the linux-x64 assets ReadyToRun publishing restores).
        ["CI"] = null,
    };

    /// <summary>What a contributor does between `new case` and `check`: fills in the template.</summary>
    private static void FillIn(string entry)
    {
        var content = Path.GetDirectoryName(Path.GetDirectoryName(entry))!;
        File.WriteAllLines(entry, PlaceholderFiller.Fill(File.ReadAllLines(entry), EntryTypes.Case, content));
    }

    /// <summary>Starts the preview on a free port (the docs' own alternative to 5080, which another run may hold),
    /// reads a page from it, and stops it with Ctrl+C's signal, after which it must end with exit 0.</summary>
    private async Task ServeAsync(string command, string folder, FencedCommand documented)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        // Its output goes to files, read as they grow: a preview never closes its output.
        var (log, errors) = (Path.Combine(_work, "serve.out"), Path.Combine(_work, "serve.err"));
        var start = new ProcessStartInfo("bash", ["-c", $"exec {command} --port {port} >'{log}' 2>'{errors}'"]) { WorkingDirectory = folder };
        foreach (var (name, value) in Environment()) start.Environment[name] = value;
        using var serve = Process.Start(start)!;
        string Printed(string file) => File.Exists(file) ? File.ReadAllText(file) : "";
        try
        {
            var deadline = DateTime.UtcNow.AddMinutes(5);
            while (!Printed(log).Contains("Serving ") && !serve.HasExited && DateTime.UtcNow < deadline) await Task.Delay(200);
            Assert.True(Printed(log).Contains($"Serving http://127.0.0.1:{port}/"), $"{documented} is not serving: {Printed(log)}{Printed(errors)}");
            using var http = new HttpClient();
            var page = await http.GetStringAsync($"http://127.0.0.1:{port}/cases/organization-name/");
            Assert.Contains("Organization name", page);
            Process.Start("kill", ["-INT", serve.Id.ToString()])!.WaitForExit();
            using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await serve.WaitForExitAsync(stop.Token);
            Assert.True(serve.ExitCode == 0, $"{documented} exited {serve.ExitCode}: {Printed(errors)}");
            Assert.EndsWith("Stopped.", Printed(log).TrimEnd());
        }
        finally
        {
            if (!serve.HasExited) serve.Kill(entireProcessTree: true);
        }
    }

    /// <summary>The repository as a contributor's clone has it (sources, content, tools' pins), committed on main. The
    /// npm tools come from the repository's own installation, since npm ci would fetch them again.</summary>
    private async Task PrepareWorkspaceAsync()
    {
        var tools = NodeTools.Find(Repository)!;
        await tools.EnsureInstalledAsync(CancellationToken.None);
        foreach (var folder in new[] { "content", "generator/Catalogue", "theme", "scripts", "docs" })
            CopyFolder(Path.Combine(Repository, folder), Path.Combine(Workspace, folder));
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "netlify.toml", ".gitignore", "README.md", "CONTRIBUTING.md", "package.json", "package-lock.json" })
        {
            File.Copy(Path.Combine(Repository, file), Path.Combine(Workspace, file));
            // npm's installation counts as current only when it is newer than these two.
            File.SetLastWriteTimeUtc(Path.Combine(Workspace, file), File.GetLastWriteTimeUtc(Path.Combine(Repository, file)));
        }
        Directory.CreateSymbolicLink(Path.Combine(Workspace, "node_modules"), Path.Combine(Repository, "node_modules"));
        // Packages for `dotnet tool install` come from the folder the README packs into, never from a feed that may
        // hold another package of the same name.
        Directory.CreateDirectory(Path.Combine(Workspace, "artifacts"));
        File.WriteAllText(Path.Combine(Workspace, "nuget.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="artifacts" value="artifacts" /></packageSources></configuration>
            """);
        RunGit(Workspace, "init", "-q", "-b", "main");
        File.AppendAllText(Path.Combine(Workspace, ".git", "info", "exclude"), "node_modules\nnuget.config\n");
        RunGit(Workspace, "add", "-A");
        RunGit(Workspace, "-c", "user.name=Maintainer", "-c", "user.email=maintainer@example.org", "commit", "-q", "-m", "The catalogue");
    }

    private string RunGit(string folder, params string[] args)
    {
        var outcome = RunAsync("git", args, folder, TimeSpan.FromMinutes(2), Environment()).GetAwaiter().GetResult();
        Assert.True(outcome.ExitCode == 0, $"git {string.Join(' ', args)}: {outcome}");
        return outcome.Output;
    }

    [GeneratedRegex(@"^\s*```(\S*)\s*$")]
    private static partial Regex Fence();

    /// <summary>What `new` prints about the file it wrote.</summary>
    [GeneratedRegex(@"Created (\S+\.md)")]
    private static partial Regex Created();
}
