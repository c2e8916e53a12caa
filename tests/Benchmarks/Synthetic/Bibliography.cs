namespace Catalogue.Benchmarks.Synthetic;

/// <summary>The synthetic sources.yaml: invented works with the fields real sources have, under ids in the real form (family-year).</summary>
internal sealed class Bibliography
{
    /// <summary>Weighted towards articles, as the real bibliography is.</summary>
    private static readonly string[] Types = ["article", "article", "article", "article", "conference", "conference", "thesis", "book", "chapter", "report"];

    private Bibliography(IReadOnlyList<string> ids, string yaml) => (Ids, Yaml) = (ids, yaml);

    public IReadOnlyList<string> Ids { get; }
    public string Yaml { get; }

    public static Bibliography Generate(int count, Random random, WordSource words)
    {
        var ids = new List<string>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var yaml = new YamlBlock().Comment("Synthetic bibliography written by catalogue-bench; none of these works exist.");
        while (ids.Count < count)
        {
            var family = words.Word();
            var year = random.Next(1990, 2025);
            var id = $"{family}-{year}";
            if (!taken.Add(id)) continue;
            ids.Add(id);
            var first = random.Next(1, 300);
            yaml.Item(block => block
                .Plain("id", id)
                .Plain("type", Types[random.Next(Types.Length)])
                .Texts("authors", [Author(family, random), .. Enumerable.Range(0, random.Next(0, 4)).Select(_ => Author(words.Word(), random))])
                .Plain("year", year)
                .Text("title", words.Title(random.Next(6, 13)))
                .Text("venue", $"Journal of {words.Name(2)}")
                .Text("volume", random.Next(1, 80).ToString())
                .Text("pages", $"{first}–{first + random.Next(8, 30)}"));
        }
        return new Bibliography(ids, yaml.ToString());
    }

    private static string Author(string family, Random random) => $"{WordSource.Capitalize(family)}, {(char)('A' + random.Next(26))}.";
}
