using Catalogue.Model;

namespace Catalogue.Benchmarks.Synthetic;

/// <summary>One file of a catalogue folder; the path is relative and uses '/'.</summary>
internal sealed record CatalogueFile(string Path, string Text);

/// <summary>
/// A complete, valid catalogue of a given size for benchmarks. Everything is drawn from one
/// <see cref="Random"/> seeded by the caller, in a fixed order, so a size and a seed always give the same bytes.
/// </summary>
internal static class SyntheticCatalogue
{
    public static IReadOnlyList<CatalogueFile> Generate(int entries, int seed)
    {
        var mix = TypeMix.For(entries);
        var random = new Random(seed);
        var words = new WordSource(random);
        var bibliography = Bibliography.Generate(mix.Sources, random, words);
        var plan = CataloguePlan.Create(mix, bibliography.Ids, random, words);
        var writer = new EntryWriter(random, words, plan);
        return
        [
            new("site.yaml", Site(entries, seed)),
            new("sources.yaml", bibliography.Yaml),
            .. Introductions.Select(i => new CatalogueFile($"{i.Key}/_index.md", $"---\nsummary: {i.Value}\n---\n")),
            .. plan.Entries.Select(entry => new CatalogueFile($"{entry.Kind.Folder}/{entry.Id}.md", writer.Write(entry))),
        ];
    }

    /// <summary>Each list page's introduction, as the real catalogue's folders give theirs.</summary>
    private static readonly Dictionary<string, string> Introductions = new()
    {
        ["dimensions"] = "The three families of co-creation practices.",
        ["practices"] = "The eight co-creation practices, grouped by dimension.",
        ["capabilities"] = "The six interaction capabilities that underpin co-creation practices.",
        ["cases"] = "Organizations whose co-creation the sources describe, told through their practices.",
        ["concepts"] = "The terms of value co-creation, explained.",
        ["frameworks"] = "Models from the literature that help to think about co-creation.",
        ["challenges"] = "What goes wrong in co-creation, and what helps.",
    };

    private static string Site(int entries, int seed) => new YamlBlock()
        .Comment("Synthetic catalogue written by catalogue-bench, for benchmarks only.")
        .Text("title", $"Synthetic catalogue ({entries} entries, seed {seed})")
        .Text("description", "Generated entries with the shape of the real ones, for measuring build time and search index size.")
        .Plain("base_url", "https://example.org/")
        .Plain("license", "CC BY 4.0")
        .ToString();
}
