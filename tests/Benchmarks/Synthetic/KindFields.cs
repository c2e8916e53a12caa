using Catalogue.Model;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Benchmarks.Synthetic;

/// <summary>The front-matter fields particular to each kind, with list lengths like the real entries'.</summary>
internal sealed class KindFields(Random random, WordSource words, CataloguePlan plan)
{
    private static readonly string[] Difficulties = ["easy", "moderate", "hard"];

    /// <summary>The schema allows orders 1–99; later practices of a very large catalogue go unordered.</summary>
    private const int MaxOrder = 99;

    public void Write(YamlBlock yaml, PlannedEntry entry, ProseWriter prose)
    {
        switch (entry.Kind)
        {
            case var t when t == EntryTypes.Dimension:
                yaml.Plain("order", entry.Ordinal + 1);
                break;
            case var t when t == EntryTypes.Practice:
                Practice(yaml, entry, prose);
                break;
            case var t when t == EntryTypes.Capability:
                yaml.Plain("definition_source", entry.Sources[0]);
                break;
            case var t when t == EntryTypes.Case:
                Case(yaml, prose);
                break;
            case var t when t == EntryTypes.Framework:
                yaml.Items("elements", Enumerable.Range(0, random.Next(3, 7)),
                    (item, _) => item.Text("name", words.Title(random.Next(2, 4))).Text("description", prose.Cited()));
                break;
            case var t when t == EntryTypes.Challenge:
                yaml.Texts("mitigations", Enumerable.Range(0, random.Next(3, 7)).Select(_ => prose.Cited()))
                    .Flow("practices", random.Draw(plan.IdsOf(EntryTypes.Practice), random.Next(1, 5)));
                break;
        }
    }

    private void Practice(YamlBlock yaml, PlannedEntry entry, ProseWriter prose)
    {
        var dimensions = plan.IdsOf(EntryTypes.Dimension);
        var order = entry.Ordinal / dimensions.Count + 1;
        yaml.Plain("dimension", dimensions[entry.Ordinal % dimensions.Count]);
        if (order <= MaxOrder) yaml.Plain("order", order);
        yaml.Items("capabilities", random.Draw(plan.IdsOf(EntryTypes.Capability), random.Next(2, 5)),
            (item, capability) => item.Plain("capability", capability).Text("how", prose.Cited()));
        var shortest = random.Next(1, 5) * 30;
        var smallest = random.Next(2, 7);
        yaml.Object("workshop", workshop => workshop
            .Plain("duration", $"{{min: {shortest}, max: {shortest + random.Next(1, 5) * 30}}}")
            .Plain("group_size", $"{{min: {smallest}, max: {smallest + random.Next(4, 11)}}}")
            .Plain("difficulty", Difficulties[random.Next(Difficulties.Length)])
            .FlowTexts("materials", Enumerable.Range(0, random.Next(3, 7)).Select(_ => words.Phrase(random.Next(1, 4))))
            .Texts("steps", Enumerable.Range(0, random.Next(5, 9)).Select(_ => prose.Plain(6, 14))));
    }

    private void Case(YamlBlock yaml, ProseWriter prose)
    {
        var start = random.Next(1990, 2020);
        yaml.Text("organization", words.Name(random.Next(1, 3)))
            .Text("industry", words.Industry())
            .Text("region", words.Region())
            .Text("period", $"{start}–{start + random.Next(1, 9)}")
            .Text("offering", prose.Plain(6, 14))
            .Text("compelling_event", prose.Cited())
            .Items("practices", random.Draw(plan.IdsOf(EntryTypes.Practice), random.Next(3, 9)), (row, practice) => Reading(row
                .Plain("practice", practice)
                .Texts("activities", Enumerable.Range(0, random.Next(1, 5)).Select(_ => prose.Cited())), prose))
            .Items("capabilities", random.Draw(plan.IdsOf(EntryTypes.Capability), random.Next(2, 6)), (row, capability) => Reading(row
                .Plain("capability", capability)
                .Text("evidence", prose.Cited()), prose));
        // Most real cases report outcomes with figures; the rest leave the field out.
        if (random.Next(8) > 0) yaml.Texts("outcomes", Enumerable.Range(0, random.Next(2, 5)).Select(_ => prose.Cited()));
    }

    /// <summary>Three in five of the real case rows are the catalogue's reading rather than the source's words,
    /// and such a row says why, as check requires.</summary>
    private void Reading(YamlBlock row, ProseWriter prose)
    {
        var flagged = random.Next(5) < 3;
        row.Plain("interpretation", flagged);
        if (flagged) row.Text("reason", prose.Plain(8, 16));
    }
}
