using System.ComponentModel;

namespace Catalogue.Benchmarks.Measure;

/// <summary>
/// The Hugo site under tests/Benchmarks/hugo (layouts only, copied beside this program), built over a
/// synthetic content folder to compare with our build: the same entries, the same kinds of pages.
/// </summary>
internal sealed class HugoSite
{
    private static readonly string Site = Path.Combine(AppContext.BaseDirectory, "hugo");

    private HugoSite(string version) => Version = version;

    /// <summary>What `hugo version` says, such as "hugo v0.111.3+extended linux/amd64 …".</summary>
    public string Version { get; }

    /// <returns>Null when hugo is not installed (it is a benchmark tool only, never the product's dependency).</returns>
    public static async Task<HugoSite?> FindAsync()
    {
        try
        {
            var run = await ProcessRun.TimeAsync(ProcessRun.Info("hugo", ["version"]));
            return run.ExitCode == 0 ? new HugoSite(run.Output.Trim()) : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    public Task<ProcessTiming> BuildAsync(string content, string output) =>
        ProcessRun.TimeSuccessAsync(ProcessRun.Info("hugo",
            ["--quiet", "-s", Site, "-d", Path.GetFullPath(output), "--contentDir", Path.GetFullPath(content)]));
}
