namespace Catalogue.Tests.Corpus;

/// <summary>
/// The corpus of broken input (see README.md): each fault gives exactly its diagnostics, never a stack
/// trace, fails `catalogue build` with exit code 1, and leaves the site built before it untouched.
/// </summary>
public class BrokenInputTests
{
    public static TheoryData<string> Faults => [.. CorpusFault.Names.Where(n => !GeneratedFaults.NeedsSymlinks(n))];
    public static TheoryData<string> SymlinkFaults => [.. CorpusFault.Names.Where(GeneratedFaults.NeedsSymlinks)];

    /// <summary>A few faults of different stages, also run as the real program in its own process.</summary>
    public static TheoryData<string> ProcessFaults =>
        ["front-matter-missing", "yaml-tab-indentation", "file-not-utf8", "reference-to-a-missing-entry", "sources-not-a-list", "billion-laughs"];

    [Theory]
    [MemberData(nameof(Faults))]
    public Task Fault(string name) => AssertReportedAsync(name, inProcess: true);

    [SymlinkTheory]
    [MemberData(nameof(SymlinkFaults))]
    public Task Symlink_fault(string name) => AssertReportedAsync(name, inProcess: true);

    [Theory]
    [MemberData(nameof(ProcessFaults))]
    public Task Fault_in_a_separate_process(string name) => AssertReportedAsync(name, inProcess: false);

    [Fact]
    public void The_corpus_holds_at_least_fifty_faults_each_with_a_description()
    {
        var faults = CorpusFault.Names.Select(CorpusFault.Load).ToList();
        Assert.True(faults.Count >= 50, $"{faults.Count} faults");
        Assert.All(faults, f => Assert.False(string.IsNullOrWhiteSpace(f.Description), $"{f.Name}: expected.txt starts with '# what is wrong'"));
        Assert.All(faults, f => Assert.True(f.ContentFolder is not null || GeneratedFaults.Names.Contains(f.Name), $"{f.Name}: no content/ and not generated"));
        Assert.All(GeneratedFaults.Names, n => Assert.Contains(n, faults.Select(f => f.Name)));
    }

    private static async Task AssertReportedAsync(string name, bool inProcess)
    {
        var fault = CorpusFault.Load(name);
        using var catalogue = new TestCatalogue();
        Assert.True((await catalogue.BuildAsync()).Succeeded);
        var before = SiteFingerprint.Of(catalogue.Output);

        fault.ApplyTo(catalogue);
        string[] args = ["build", "--content", catalogue.Content, "--output", catalogue.Output, "--base-url", "https://example.org/", "--no-search"];
        var run = inProcess ? await CliRun.InProcessAsync(args) : await CliRun.ProcessAsync(catalogue.Root, args);

        Assert.False(run.ShowsAStackTrace, run.Errors);
        Assert.Equal(fault.Expected, run.Diagnostics(catalogue.Root));
        if (fault.FailsTheBuild)
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Equal(before, SiteFingerprint.Of(catalogue.Output));
        }
        else
        {
            Assert.True(run.ExitCode == 0, run.Errors);
            Assert.True(File.Exists(Path.Combine(catalogue.Output, "index.html")));
        }
        Assert.Empty(SiteFingerprint.Leftovers(catalogue.Output));
    }
}

/// <summary>Symbolic links need a platform that lets this user create them (Windows without developer mode does not).</summary>
public sealed class SymlinkTheoryAttribute : TheoryAttribute
{
    public SymlinkTheoryAttribute() => Skip = Supported ? null : "this platform does not let the tests create symbolic links";

    private static readonly bool Supported = Probe();

    private static bool Probe()
    {
        var link = Path.Combine(Path.GetTempPath(), "catalogue-symlink-probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.CreateSymbolicLink(link, Path.GetTempPath());
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
        finally
        {
            File.Delete(link);
        }
    }
}
