using System.Text.RegularExpressions;
using static Catalogue.Tests.Ecosystem.ExternalProgram;

namespace Catalogue.Tests.Ecosystem;

/// <summary>
/// The generator as a .NET tool: packed from a copy of its sources, installed from that local folder alone (no
/// network), and run outside the repository on a copy of the catalogue, where nothing but the tool can help it.
/// </summary>
public sealed partial class ToolPackageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "catalogue-tool-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_packed_tool_installs_from_a_local_folder_and_builds_a_copy_of_the_catalogue()
    {
        var tool = await PackAndInstallAsync();

        var library = Path.Combine(_root, "library");
        CopyFolder(Path.Combine(RealSiteFixture.RepositoryRoot, "content"), Path.Combine(library, "content"));
        var check = await RunAsync(tool, ["check", "--no-cache"], library, TimeSpan.FromMinutes(5));
        Assert.True(check.ExitCode == 0, check.ToString());
        var build = await RunAsync(tool, ["build", "--no-search"], library, TimeSpan.FromMinutes(5));
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Matches(@"Built \d+ pages from \d+ entries into _site", build.Output + build.Errors);

        var site = Path.Combine(library, "_site");
        foreach (var practice in EntryFiles.In(Path.Combine(library, "content", "practices")))
            Assert.True(File.Exists(Path.Combine(site, "practices", Path.GetFileNameWithoutExtension(practice), "index.html")), practice);
        // The theme came with the tool: the home page's stylesheet and script were written beside it.
        var home = File.ReadAllText(Path.Combine(site, "index.html"));
        foreach (var asset in AssetLink().Matches(home).Select(m => m.Groups[1].Value))
            Assert.True(new FileInfo(Path.Combine(site, asset.TrimStart('/'))).Length > 1000, asset);
        Assert.Equal(2, AssetLink().Matches(home).Count);
    }

    /// <summary>Packs the generator from a copy of its sources, as a release would, and installs it into a tool path of
    /// the test's own, from that package alone; returns the installed command.</summary>
    private async Task<string> PackAndInstallAsync()
    {
        var repository = RealSiteFixture.RepositoryRoot;
        var sources = Path.Combine(_root, "sources");
        foreach (var folder in new[] { "generator/Catalogue", "theme" })
            CopyFolder(Path.Combine(repository, folder), Path.Combine(sources, folder));
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "netlify.toml", "package.json", "package-lock.json" })
            File.Copy(Path.Combine(repository, file), Path.Combine(sources, file));

        var feed = Path.Combine(_root, "feed");
        // Unlocked: the repository's lock files also pin the linux-x64 assets ReadyToRun publishing restores, which a
        // pack does not ask for, so CI's locked mode (CI=true) would refuse the copy for that difference alone.
        var pack = await RunAsync("dotnet", ["pack", "generator/Catalogue", "-c", "Release", "-o", feed, "-p:RestoreLockedMode=false"], sources, TimeSpan.FromMinutes(10));
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Single(Directory.GetFiles(feed, "Catalogue.Generator.*.nupkg"));

        // The local folder is the only source, so installing needs no network and cannot pick up another package.
        var config = Path.Combine(_root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{feed}" /></packageSources></configuration>
            """);
        var tools = Path.Combine(_root, "tools");
        var install = await RunAsync("dotnet", ["tool", "install", "Catalogue.Generator", "--tool-path", tools, "--add-source", feed, "--configfile", config],
            _root, TimeSpan.FromMinutes(5));
        Assert.True(install.ExitCode == 0, install.ToString());
        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "catalogue.exe" : "catalogue");
        Assert.True(File.Exists(tool), install.ToString());
        return tool;
    }

    [GeneratedRegex("""<(?:link rel="stylesheet" href|script type="module" src)="([^"]+)""")]
    private static partial Regex AssetLink();

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
