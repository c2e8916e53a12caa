using Catalogue.Model;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Benchmarks.Synthetic;

/// <summary>Writes one planned entry as a Markdown file: front matter in the real entries' field order, then the body.</summary>
internal sealed class EntryWriter(Random random, WordSource words, CataloguePlan plan)
{
    private readonly KindFields _kindFields = new(random, words, plan);

    public string Write(PlannedEntry entry)
    {
        var prose = new ProseWriter(random, words, plan.LinkTargets, entry);
        var yaml = new YamlBlock().Text("title", entry.Title).Text("summary", prose.Summary());
        if (entry.Kind != EntryTypes.Page)
        {
            var aka = random.Next(4);
            if (aka > 0) yaml.FlowTexts("aka", Enumerable.Range(0, aka).Select(_ => words.Phrase(random.Next(1, 4))));
            yaml.Flow("tags", words.Tags(random.Next(2, 6)));
            yaml.Flow("sources", entry.Sources);
        }
        _kindFields.Write(yaml, entry, prose);
        if (entry.Related.Count > 0) yaml.Flow("related", entry.Related);
        return $"---\n{yaml}---\n\n{prose.Body()}";
    }
}
