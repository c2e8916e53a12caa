using System.Diagnostics;
using Catalogue.Benchmarks.Results;
using Catalogue.Benchmarks.Synthetic;

namespace Catalogue.Benchmarks.Measure;

/// <summary>The tools a run compares; a null one was not found or was left out, and its column stays empty.</summary>
internal sealed record Contenders(CatalogueProgram Catalogue, HugoSite? Hugo, PagefindTimer? Pagefind, bool Serve);

/// <summary>
/// Measures one catalogue size: generates it once, then times the reference work, check (first with an empty
/// cache, then again with the cache that run kept), build and Hugo in turn on every run (so drift from other
/// work on the machine touches them all alike), then Pagefind on the built site, then the preview server's rebuilds.
/// </summary>
internal sealed class BenchRunner(Contenders contenders, string work, int seed, int runs, TextWriter progress)
{
    public const int Edits = 10;

    public async Task<SizeResult> MeasureAsync(int entries)
    {
        var content = Folder("content", entries);
        var (site, hugoOutput) = (Folder("site", entries), Folder("hugo", entries));
        Report(entries, "generating");
        CatalogueFolder.Write(content, SyntheticCatalogue.Generate(entries, seed));

        var catalogue = contenders.Catalogue;
        var cache = Folder("cache", entries);
        var (check, checkAgain, build, hugo) = (new CommandSamples(), new CommandSamples(), new CommandSamples(), new List<double>());
        var reference = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            reference.Add(ReferenceWork.Milliseconds());
            Clear(cache);
            var checkRun = await ProcessRun.TimeSuccessAsync(WithCache(catalogue.Command("check", "--content", content, "--timings"), cache));
            check.Add(checkRun);
            var againRun = await ProcessRun.TimeSuccessAsync(WithCache(catalogue.Command("check", "--content", content, "--timings"), cache));
            checkAgain.Add(againRun);
            Clear(site);
            // A first build, like Hugo's: nothing taken from the checks' cache.
            var buildRun = await ProcessRun.TimeSuccessAsync(catalogue.Command("build", "--content", content, "--output", site, "--no-search", "--no-cache", "--timings"));
            build.Add(buildRun);
            var line = $"run {run}/{runs}: reference work {reference[^1]:N0} ms, check {checkRun.Milliseconds:N0} ms, again {againRun.Milliseconds:N0} ms, build {buildRun.Milliseconds:N0} ms";
            if (contenders.Hugo is { } hugoSite)
            {
                Clear(hugoOutput);
                hugo.Add((await hugoSite.BuildAsync(content, hugoOutput)).Milliseconds);
                line += $", Hugo {hugo[^1]:N0} ms";
            }
            Report(entries, line);
        }

        var pagefind = new List<double>();
        if (contenders.Pagefind is { } indexer)
            for (var run = 1; run <= runs; run++)
            {
                pagefind.Add(await indexer.TimeAsync(site));
                Report(entries, $"Pagefind run {run}/{runs}: {pagefind[^1]:N0} ms");
            }

        var serve = contenders.Serve
            ? await new ServeProbe(catalogue, content, Folder("preview", entries)).MeasureAsync(Edits, text => Report(entries, text))
            : null;

        return new SizeResult(entries, Spread.Of(reference), check.Figures(), checkAgain.Figures(), build.Figures(),
            hugo.Count > 0 ? Spread.Of(hugo) : null,
            pagefind.Count > 0 ? Spread.Of(pagefind) : null,
            serve,
            new PageCounts(Pages(site), contenders.Hugo is null ? null : Pages(hugoOutput)));
    }

    private string Folder(string what, int entries) => Path.Combine(work, $"{what}-{entries}");

    /// <summary>Keeps the checks' cache in the run's own folder, never in the user's.</summary>
    private static ProcessStartInfo WithCache(ProcessStartInfo start, string cache)
    {
        start.Environment["XDG_CACHE_HOME"] = cache;
        return start;
    }

    /// <summary>Every build writes a whole new site, as a first build or CI does, rather than over an old one.</summary>
    private static void Clear(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private static int Pages(string site) => Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Length;

    private void Report(int entries, string text) => progress.WriteLine($"[{entries:N0} entries] {text}");
}
