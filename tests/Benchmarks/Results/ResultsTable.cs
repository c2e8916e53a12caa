using System.Globalization;
using System.Text;
using Catalogue.Benchmarks.Measure;

namespace Catalogue.Benchmarks.Results;

/// <summary>A run's figures as Markdown: one row per size, the build's stages by size, and the growth exponents.</summary>
internal static class ResultsTable
{
    private const string None = "—";

    public static string Markdown(BenchReport report)
    {
        var (machine, settings) = (report.Machine, report.Settings);
        var text = new StringBuilder();
        text.AppendLine($"# catalogue-bench run, {machine.Date:yyyy-MM-dd}").AppendLine()
            .AppendLine($"Synthetic catalogues (seed {settings.Seed}); each figure is the median of {Count(settings.Runs, "run")}, with the fastest and slowest in brackets. " +
                        $"Measured on {Count(machine.Cores, "core")} ({machine.Processor}{Load(machine.LoadAverage)}), {machine.MemoryGb:0.#} GB of memory, {machine.Os}, {machine.DotNet}; " +
                        $"{HugoName(machine.Hugo)}; generator commit {machine.Commit ?? "unknown"}.").AppendLine()
            .AppendLine("| Entries | check | check again | build --no-search | Hugo | build / Hugo | peak memory (build) | Pagefind | save → page served | rebuild (server's clock) | pages (ours / Hugo) | reference work |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in report.Sizes)
            text.AppendLine(Row(
                size.Entries.ToString("N0", CultureInfo.InvariantCulture),
                Ms(size.Check.WallMs),
                Ms(size.CheckAgain.WallMs),
                Ms(size.Build.WallMs),
                size.HugoMs is { } hugo ? Ms(hugo) : None,
                size.BuildToHugo is { } ratio ? ratio.ToString("0.00", CultureInfo.InvariantCulture) : None,
                $"{size.Build.PeakMemoryMb.Median:N0} MB",
                size.PagefindMs is { } pagefind ? Ms(pagefind) : None,
                size.Serve is { } serve ? Ms(serve.SaveToServedMs) : None,
                size.Serve is { } rebuild ? Ms(rebuild.RebuildMs) : None,
                $"{size.Pages.Catalogue:N0} / {(size.Pages.Hugo is { } pages ? pages.ToString("N0", CultureInfo.InvariantCulture) : None)}",
                Ms(size.ReferenceMs)));
        text.AppendLine().AppendLine("check: a first check, with nothing in the cache; check again: the same check run once more, taking every unchanged entry from the cache the first one kept. The build takes nothing from it (`--no-cache`).")
            .AppendLine().AppendLine("Reference work: the same fixed work (strings made, counted, sorted and joined on one thread, none of it the generator's code), timed before each run; when it is slower, so was the machine, whatever the generator did.");
        if (report.Sizes.FirstOrDefault(s => s.Serve is not null)?.Serve is { } edits)
            text.AppendLine().AppendLine($"Serve: {Count(edits.Edits, "edit")} of one case's summary per size, each timed from the save to its page served with the edit.");

        text.AppendLine().AppendLine("## Build stages (median ms)").AppendLine()
            .AppendLine(Row(["Stage", .. report.Sizes.Select(s => s.Entries.ToString("N0", CultureInfo.InvariantCulture))]))
            .AppendLine(Row(["---", .. report.Sizes.Select(_ => "---:")]));
        foreach (var stage in report.Sizes.SelectMany(s => s.Build.StagesMs.Keys).Distinct())
            text.AppendLine(Row([stage, .. report.Sizes.Select(s => s.Build.StagesMs.TryGetValue(stage, out var time) ? Number(time.Median) : None)]));

        text.AppendLine().AppendLine(GrowthLine(report));
        return text.ToString();
    }

    private static string GrowthLine(BenchReport report)
    {
        if (report.Growth.Build is not { } build)
            return "Growth exponent: needs two sizes or more.";
        var hugo = report.Growth.Hugo is { } h ? $", Hugo's build {h:0.00}" : "";
        return $"Growth exponent k of time ∝ N^k (least-squares slope of log time on log N, {report.Sizes.Min(s => s.Entries):N0}–{report.Sizes.Max(s => s.Entries):N0} entries): " +
               $"build {build:0.00}, check {report.Growth.Check:0.00}{hugo}.";
    }

    private static string Load(double? average) => average is { } load ? $", load average {load:0.0} at the start" : "";

    /// <summary>"hugo v0.111.3+extended" of `hugo version`'s line; results.json keeps all of it.</summary>
    private static string HugoName(string? version) => version is null ? "no Hugo" : string.Join(' ', version.Split(' ').Take(2));

    private static string Row(params IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    private static string Ms(Spread spread) =>
        spread.Min == spread.Max ? $"{Number(spread.Median)} ms" : $"{Number(spread.Median)} ms ({Number(spread.Min)}–{Number(spread.Max)})";

    /// <summary>Whole milliseconds, but a tenth for the short stages where it tells something.</summary>
    private static string Number(double ms) => ms.ToString(ms < 100 ? "0.0" : "N0", CultureInfo.InvariantCulture);

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
