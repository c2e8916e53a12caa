using System.CommandLine;
using System.Diagnostics;
using Catalogue.Benchmarks.Synthetic;

namespace Catalogue.Benchmarks;

/// <summary>`catalogue-bench generate`: writes a synthetic catalogue folder that `catalogue check` accepts without a warning.</summary>
internal static class GenerateCommand
{
    private const int BadUsage = 2;

    private static readonly Option<int> Entries = new("--entries")
    {
        Description = $"How many entries in all (at least {TypeMix.MinimumEntries}).",
        Required = true,
    };

    private static readonly Option<int> Seed = new("--seed")
    {
        Description = "Seed of the random generator; the same entries and seed give byte-identical files.",
        DefaultValueFactory = _ => 1,
    };

    private static readonly Option<string> Out = new("--out")
    {
        Description = "The folder to write the catalogue into; it must be empty or missing.",
        Required = true,
    };

    private static readonly Option<bool> Force = new("--force")
    {
        Description = "Replace the contents of a folder that is not empty.",
    };

    public static Command Create()
    {
        var command = new Command("generate", "Write a synthetic catalogue (site.yaml, sources.yaml and entry folders).") { Entries, Seed, Out, Force };
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parse)
    {
        var entries = parse.GetValue(Entries);
        var folder = parse.GetValue(Out)!;
        if (entries < TypeMix.MinimumEntries)
            return Refuse($"--entries must be at least {TypeMix.MinimumEntries}");
        if (!parse.GetValue(Force) && !CatalogueFolder.IsEmptyOrMissing(folder))
            return Refuse($"{folder} is not empty; pass --force to replace its contents");

        var clock = Stopwatch.StartNew();
        var files = SyntheticCatalogue.Generate(entries, parse.GetValue(Seed));
        CatalogueFolder.Write(folder, files);
        Console.WriteLine($"Wrote {entries} entries ({files.Count} files) to {folder} in {clock.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    private static int Refuse(string message)
    {
        Console.Error.WriteLine($"catalogue-bench: {message}");
        return BadUsage;
    }
}
