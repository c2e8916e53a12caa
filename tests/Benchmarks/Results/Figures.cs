using Catalogue.Benchmarks.Measure;

namespace Catalogue.Benchmarks.Results;

/// <summary>Every figure measured for one catalogue size; times in milliseconds, memory in megabytes.</summary>
/// <param name="ReferenceMs">The fixed <see cref="ReferenceWork"/>, timed before each run: how fast the machine was meanwhile.</param>
/// <param name="Check">A first check: nothing in the cache, which it fills.</param>
/// <param name="CheckAgain">The same check run again, taking every unchanged entry from the cache.</param>
/// <param name="Pages">HTML files each generator wrote, to show both built comparable sites.</param>
internal sealed record SizeResult(int Entries, Spread ReferenceMs, CommandFigures Check, CommandFigures CheckAgain, CommandFigures Build, Spread? HugoMs, Spread? PagefindMs, ServeFigures? Serve, PageCounts Pages)
{
    /// <summary>Our full build without search over Hugo's build of the same content: below 1 is faster than Hugo.</summary>
    public double? BuildToHugo => HugoMs is null ? null : Build.WallMs.Median / HugoMs.Median;
}

/// <summary>One `catalogue` command over the runs: wall time, peak memory and each stage's time.</summary>
internal sealed record CommandFigures(Spread WallMs, Spread PeakMemoryMb, IReadOnlyDictionary<string, Spread> StagesMs);

/// <param name="SaveToServedMs">From an edit being saved to the entry's page being served with it.</param>
/// <param name="RebuildMs">The server's own account of each rebuild ("Rebuilt N pages in X ms"): the part of the wait spent building.</param>
internal sealed record ServeFigures(int Edits, Spread SaveToServedMs, Spread RebuildMs);

internal sealed record PageCounts(int Catalogue, int? Hugo);

/// <summary>The k of time ∝ N^k over the sizes measured, for each generator's full build and for check.</summary>
internal sealed record Growth(double? Check, double? Build, double? Hugo);

internal sealed record RunSettings(IReadOnlyList<int> Sizes, int Seed, int Runs, string Catalogue);

/// <summary>A whole `catalogue-bench run`: what was measured, how, and on what.</summary>
internal sealed record BenchReport(MachineFacts Machine, RunSettings Settings, IReadOnlyList<SizeResult> Sizes, Growth Growth);
