using System.Diagnostics;
using Catalogue.Benchmarks.Synthetic;
using Catalogue.Pipeline;
using Xunit.Abstractions;

namespace Catalogue.Tests;

/// <summary>
/// `catalogue build` of a large catalogue, killed at moments while it writes: afterwards the site is the
/// old one or the new one, each whole, never a mix; and the next build succeeds and clears what the
/// killed builds left behind.
/// </summary>
[Collection(RunAlone.Name)]
public sealed class InterruptedBuildTests(ITestOutputHelper output) : IDisposable
{
    private const int Entries = 1000;
    private const string BaseUrl = "https://example.org/";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "catalogue-interrupted-" + Guid.NewGuid().ToString("N"));

    private string Content => Path.Combine(_root, "content");
    private string Site => Path.Combine(_root, "_site");

    /// <summary>When to kill the build: on a clock, or on what it has written so far.</summary>
    private static readonly (string Name, Func<string, Process, Task> Wait)[] Moments =
    [
        ("after 100 ms", (_, _) => Task.Delay(100)),
        ("after 300 ms", (_, _) => Task.Delay(300)),
        ("after 1 s", (_, _) => Task.Delay(1000)),
        ("when the staging folder appears", (site, build) => UntilAsync(() => Staging(site).Any(), build)),
        ("when 300 pages are staged", (site, build) => UntilAsync(() => Staging(site).Sum(s => Directory.GetFiles(s, "*.html", SearchOption.AllDirectories).Length) >= 300, build)),
        ("when the sitemap is staged", (site, build) => UntilAsync(() => Staging(site).Any(s => File.Exists(Path.Combine(s, "sitemap.xml"))), build)),
        ("while the old site is removed", (site, build) => UntilAsync(() => Directory.Exists(Retired(site)), build)),
    ];

    [Fact]
    public async Task A_killed_build_leaves_the_old_site_or_the_new_one_and_the_next_build_recovers()
    {
        var (oldSite, newSite) = (Path.Combine(_root, "old"), Path.Combine(_root, "new"));
        CatalogueFolder.Write(Content, SyntheticCatalogue.Generate(Entries, seed: 3));
        Assert.True((await BuildAsync(oldSite)).Succeeded);
        // Another seed: other ids, other pages, another site title on every page, so any mix shows.
        CatalogueFolder.Write(Content, SyntheticCatalogue.Generate(Entries, seed: 4));
        Assert.True((await BuildAsync(newSite)).Succeeded);
        var (oldPrint, newPrint) = (SiteFingerprint.Of(oldSite), SiteFingerprint.Of(newSite));

        var interruptedWhileWriting = 0;
        foreach (var (moment, wait) in Moments)
        {
            CopyFolder(oldSite, Site);
            // A retired site left by the kill before would end the wait for this build's own at once.
            if (Directory.Exists(Retired(Site))) Directory.Delete(Retired(Site), recursive: true);
            using var build = CliRun.Start(_root, "build", "--content", Content, "--output", Site, "--base-url", BaseUrl, "--no-search");
            await wait(Site, build);
            build.Kill(entireProcessTree: true);
            await build.WaitForExitAsync();

            var seen = SiteAsFound(Site);
            var outcome = seen == oldPrint ? "the old site" : seen == newPrint ? "the new site" : null;
            output.WriteLine($"killed {moment}: {outcome ?? "a mix"}, left [{string.Join(", ", SiteFingerprint.Leftovers(Site))}]");
            Assert.True(outcome is not null, $"killed {moment}, the site is neither the old nor the new one");
            if (Staging(Site).Any()) interruptedWhileWriting++;
        }
        Assert.True(interruptedWhileWriting > 0, "no kill landed while the build was writing");

        Assert.True((await BuildAsync(Site)).Succeeded);
        Assert.Equal(newPrint, SiteFingerprint.Of(Site));
        Assert.Empty(SiteFingerprint.Leftovers(Site));
    }

    private Task<BuildResult> BuildAsync(string site) =>
        new SiteBuilder(new BuildOptions(Content, site, BaseUrl, Search: false)).BuildAsync(write: true);

    /// <summary>
    /// The site as the next build finds it. A kill between the two renames of the swap (microseconds)
    /// leaves only the retired old site, which the next build puts back before anything else.
    /// </summary>
    private static string SiteAsFound(string site) =>
        SiteFingerprint.Of(Directory.Exists(site) || !Directory.Exists(Retired(site)) ? site : Retired(site));

    private static IEnumerable<string> Staging(string site) =>
        Directory.EnumerateDirectories(Path.GetDirectoryName(site)!, $".{Path.GetFileName(site)}.staging-*");

    private static string Retired(string site) => Path.Combine(Path.GetDirectoryName(site)!, $".{Path.GetFileName(site)}.previous");

    private static async Task UntilAsync(Func<bool> condition, Process build)
    {
        while (!condition() && !build.HasExited) await Task.Delay(5);
    }

    private static void CopyFolder(string from, string to)
    {
        if (Directory.Exists(to)) Directory.Delete(to, recursive: true);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}

/// <summary>
/// Tests that start builds of 1,000 entries and time their kills run after the others, alone, so that they
/// and the timing-sensitive browser tests do not compete for the machine (a browser test once timed out
/// beside them).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunAlone
{
    public const string Name = "run alone";
}
