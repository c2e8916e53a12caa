using System.Globalization;
using System.Runtime.InteropServices;
using Catalogue.Git;

namespace Catalogue.Benchmarks.Results;

/// <summary>What the figures were measured on and of, so runs on other machines or commits can be told apart.</summary>
/// <param name="LoadAverage">The one-minute load average as the run started (Linux): above the core count, other work shared the machine.</param>
/// <param name="Commit">The generator's commit, with "+changes" when its work tree differed from it; null outside git.</param>
internal sealed record MachineFacts(DateTimeOffset Date, int Cores, double? LoadAverage, string Processor, double MemoryGb, string Os, string DotNet, string? Hugo, string? Commit)
{
    public static async Task<MachineFacts> CollectAsync(string generatorFolder, string? hugo) => new(
        DateTimeOffset.UtcNow,
        Environment.ProcessorCount,
        LoadAverageNow(),
        ProcessorName(),
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        hugo,
        await CommitAsync(generatorFolder));

    private static double? LoadAverageNow() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) : null;

    private static string ProcessorName() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : RuntimeInformation.ProcessArchitecture.ToString();

    private static async Task<string?> CommitAsync(string folder)
    {
        var (head, commit) = await GitProcess.ReadTextAsync(folder, ["rev-parse", "HEAD"]);
        if (head is not { Succeeded: true }) return null;
        // Exit code 1: tracked files differ from the commit, so the figures are of uncommitted code.
        var changed = await GitProcess.RunAsync(folder, ["diff", "--quiet", "HEAD"], Stream.Null);
        return commit.Trim() + (changed is { Code: 1 } ? "+changes" : "");
    }
}
