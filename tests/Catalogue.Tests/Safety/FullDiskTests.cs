namespace Catalogue.Tests.Safety;

/// <summary>A build that runs out of disk space halfway ends in one line, with the previous site whole and nothing of its own left behind.</summary>
public sealed class FullDiskTests
{
    [SmallDiskFact]
    public async Task A_build_onto_a_full_disk_leaves_the_previous_site_and_no_partial_files()
    {
        using var disk = SmallDisk.Mount(megabytes: 8);
        using var catalogue = new TestCatalogue();
        var site = Path.Combine(disk.Folder, "_site");
        string[] build = ["build", "--content", catalogue.Content, "--output", site, "--no-search", "--no-cache"];
        var first = await CliRun.InProcessAsync(build);
        Assert.True(first.ExitCode == 0, first.Errors);
        var before = SiteFingerprint.Of(site);
        catalogue.Edit("cases/acme-case.md", "Acme worked with its customer", "Acme and its customer worked");
        disk.FillLeaving(64 * 1024);

        var full = await CliRun.InProcessAsync(build);

        Assert.Equal(3, full.ExitCode);
        var line = Assert.Single(CliRun.Lines(full.Errors));
        Assert.StartsWith($"Cannot write the site to {site} (", line);
        Assert.Contains("No space left on device", line);
        Assert.False(full.ShowsAStackTrace);
        Assert.Equal(before, SiteFingerprint.Of(site));
        Assert.Empty(SiteFingerprint.Leftovers(site));
    }
}
