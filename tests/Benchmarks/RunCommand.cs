using System.CommandLine;
using System.Globalization;
using Catalogue.Benchmarks.Measure;
using Catalogue.Benchmarks.Results;

namespace Catalogue.Benchmarks;

/// <summary>
/// `catalogue-bench run`: times the generator as a user runs it (its own process, Release build) on
/// synthetic catalogues of several sizes, beside Hugo on the same content, Pagefind and the preview
/// server, and writes results.md and results.json.
/// </summary>
internal static class RunCommand
{
    private static readonly Option<int[]> Sizes = new("--sizes")
    {
        Description = "Catalogue sizes to measure, comma-separated.",
        DefaultValueFactory = _ => [100, 1000, 10000],
        CustomParser = ParseSizes,
    };

    private static readonly Option<int> Seed = new("--seed") { Description = "Seed of the synthetic catalogues.", DefaultValueFactory = _ => 1 };
    private static readonly Option<int> Runs = new("--runs")
    {
        Description = "Runs of each build to take the median of.",
        DefaultValueFactory = _ => 3,
        Validators = { result => { if (result.GetValueOrDefault<int>() < 1) result.AddError("--runs must be at least 1"); } },
    };

    private static readonly Option<string> Work = new("--work")
    {
        Description = "Where to write the catalogues and sites (replaced on every run).",
        DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "catalogue-bench"),
    };

    private static readonly Option<string> Out = new("--out") { Description = "Where to write results.md and results.json.", DefaultValueFactory = _ => "bench-results" };
    private static readonly Option<string?> Catalogue = new("--catalogue") { Description = "The catalogue.dll to measure (default: the one built beside this program)." };
    private static readonly Option<bool> NoHugo = new("--no-hugo") { Description = "Leave out the Hugo comparison." };
    private static readonly Option<bool> NoPagefind = new("--no-pagefind") { Description = "Leave out timing Pagefind." };
    private static readonly Option<bool> NoServe = new("--no-serve") { Description = "Leave out timing the preview server's rebuilds." };

    public static Command Create()
    {
        var command = new Command("run", "Time check, build, Hugo, Pagefind and serve's rebuilds on synthetic catalogues; write results.md and results.json.")
        {
            Sizes, Seed, Runs, Work, Out, Catalogue, NoHugo, NoPagefind, NoServe,
        };
        command.SetAction((parse, _) => RunAsync(parse));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse)
    {
        try
        {
            var contenders = await ContendersAsync(parse);
            // Before measuring, so the load average tells what else was running as the run began.
            var machine = await MachineFacts.CollectAsync(contenders.Catalogue.Folder, contenders.Hugo?.Version);
            var settings = new RunSettings(parse.GetValue(Sizes)!, parse.GetValue(Seed), parse.GetValue(Runs), contenders.Catalogue.Dll);
            var runner = new BenchRunner(contenders, parse.GetValue(Work)!, settings.Seed, settings.Runs, Console.Error);
            var sizes = new List<SizeResult>();
            foreach (var entries in settings.Sizes)
                sizes.Add(await runner.MeasureAsync(entries));

            var report = new BenchReport(machine, settings, sizes, new Growth(
                GrowthExponent.Of(sizes.Select(s => ((double)s.Entries, s.Check.WallMs.Median)).ToList()),
                GrowthExponent.Of(sizes.Select(s => ((double)s.Entries, s.Build.WallMs.Median)).ToList()),
                contenders.Hugo is null ? null : GrowthExponent.Of(sizes.Select(s => ((double)s.Entries, s.HugoMs!.Median)).ToList())));
            var markdown = ResultsTable.Markdown(report);
            ResultsFiles.Write(parse.GetValue(Out)!, report, markdown);
            Console.Write(markdown);
            return 0;
        }
        catch (BenchmarkException e)
        {
            Console.Error.WriteLine($"catalogue-bench: {e.Message}");
            return 1;
        }
    }

    private static async Task<Contenders> ContendersAsync(ParseResult parse)
    {
        var catalogue = CatalogueProgram.Open(parse.GetValue(Catalogue));
        HugoSite? hugo = null;
        if (!parse.GetValue(NoHugo) && (hugo = await HugoSite.FindAsync()) is null)
            Console.Error.WriteLine("catalogue-bench: hugo is not installed, so the Hugo column stays empty (scripts/bench.sh installs it).");
        PagefindTimer? pagefind = null;
        if (!parse.GetValue(NoPagefind))
        {
            (pagefind, var problem) = await PagefindTimer.FindAsync(catalogue.Folder);
            if (problem is not null) Console.Error.WriteLine($"catalogue-bench: Pagefind is left out: {problem}");
        }
        return new Contenders(catalogue, hugo, pagefind, !parse.GetValue(NoServe));
    }

    private static int[] ParseSizes(System.CommandLine.Parsing.ArgumentResult result)
    {
        var sizes = new List<int>();
        foreach (var part in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size >= Synthetic.TypeMix.MinimumEntries)
                sizes.Add(size);
            else
                result.AddError($"--sizes: '{part}' is not a whole number of at least {Synthetic.TypeMix.MinimumEntries}");
        }
        return [.. sizes];
    }
}
