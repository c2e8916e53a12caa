using Catalogue.Model;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Benchmarks.Synthetic;

/// <summary>One entry before its text is written: who it is, which sources it rests on, what it lists as related.</summary>
/// <param name="Ordinal">Its position among the entries of its kind, from 0.</param>
internal sealed record PlannedEntry(EntryType Kind, int Ordinal, string Id, string Title, IReadOnlyList<string> Sources, IReadOnlyList<string> Related);

/// <summary>
/// Every entry's identity and its links to sources and other entries, decided before any text is written,
/// so bodies can link to any entry. The plan also carries the two guarantees that keep `catalogue check`
/// free of warnings: every source is listed by some entry, and every concept, framework and challenge
/// (the kinds no navigation reaches) is listed as related by another one.
/// </summary>
internal sealed class CataloguePlan
{
    private static readonly string[] DimensionIds = ["linking", "materializing", "institutionalizing"];
    private static readonly EntryType[] Glossary = [EntryTypes.Concept, EntryTypes.Framework, EntryTypes.Challenge];

    private readonly Dictionary<EntryType, string[]> _idsByKind;

    private CataloguePlan(IReadOnlyList<PlannedEntry> entries)
    {
        Entries = entries;
        LinkTargets = entries.Where(e => e.Kind != EntryTypes.Page).Select(e => e.Id).ToArray();
        _idsByKind = entries.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Select(e => e.Id).ToArray());
    }

    /// <summary>In <see cref="EntryType"/> order, then in the order they were named.</summary>
    public IReadOnlyList<PlannedEntry> Entries { get; }

    /// <summary>Ids that wikilinks and related lists may name: everything but the free pages.</summary>
    public IReadOnlyList<string> LinkTargets { get; }

    public IReadOnlyList<string> IdsOf(EntryType kind) => _idsByKind[kind];

    public static CataloguePlan Create(TypeMix mix, IReadOnlyList<string> sourceIds, Random random, WordSource words)
    {
        var taken = new HashSet<string>([.. DimensionIds, .. TypeMix.PageIds], StringComparer.Ordinal);
        var named = mix.Counts
            .SelectMany(c => Enumerable.Range(0, c.Count).Select(ordinal => (c.Kind, Ordinal: ordinal)))
            .Select(e => (e.Kind, e.Ordinal, Name: Name(e.Kind, e.Ordinal, taken, words)))
            .ToArray();

        var nextSource = 0;
        var sourced = named.Select(e =>
        {
            var count = KindProfile.For(e.Kind).Sources.Draw(random);
            if (count == 0) return (e.Kind, e.Ordinal, e.Name, Sources: Array.Empty<string>());
            // Sources are handed out in turn as each entry's first, so every one is cited.
            var first = sourceIds[nextSource++ % sourceIds.Count];
            return (e.Kind, e.Ordinal, e.Name, Sources: [first, .. random.Draw(sourceIds, count - 1, s => s == first)]);
        }).ToArray();

        var practices = named.Where(e => e.Kind == EntryTypes.Practice).Select(e => e.Name.Id).ToArray();
        var glossary = named.Where(e => Glossary.Contains(e.Kind)).Select(e => e.Name.Id).ToArray();
        // Each glossary entry lists the next one in a ring first, which gives every one an incoming link.
        var nextInRing = glossary.Select((id, i) => (id, next: glossary[(i + 1) % glossary.Length])).ToDictionary(p => p.id, p => p.next);
        var targets = named.Where(e => e.Kind != EntryTypes.Page).Select(e => e.Name.Id).ToArray();
        var entries = sourced.Select(e =>
        {
            var related = KindProfile.For(e.Kind).Related.Draw(random);
            IReadOnlyList<string> list = e.Kind switch
            {
                var t when t == EntryTypes.Practice => random.Draw(practices, related, p => p == e.Name.Id),
                _ when nextInRing.TryGetValue(e.Name.Id, out var next) => [next, .. random.Draw(targets, related - 1, t => t == e.Name.Id || t == next)],
                _ => [],
            };
            return new PlannedEntry(e.Kind, e.Ordinal, e.Name.Id, e.Name.Title, e.Sources, list);
        }).ToArray();
        return new CataloguePlan(entries);
    }

    /// <summary>
    /// A title in the style of its kind and the id made from it. A title whose id is taken is drawn again,
    /// with one more word every ten attempts, so large catalogues never run out of names.
    /// </summary>
    private static (string Id, string Title) Name(EntryType kind, int ordinal, HashSet<string> taken, WordSource words)
    {
        switch (kind)
        {
            case var t when t == EntryTypes.Dimension: return (DimensionIds[ordinal], WordSource.Capitalize(DimensionIds[ordinal]));
            case var t when t == EntryTypes.Page: return (TypeMix.PageIds[ordinal], ordinal == 0 ? "Synthetic catalogue" : WordSource.Capitalize(TypeMix.PageIds[ordinal]));
        }
        for (var attempt = 0; ; attempt++)
        {
            var extra = attempt / 10;
            var name = kind switch
            {
                var t when t == EntryTypes.Practice => "Co-" + words.Phrase(1 + extra),
                var t when t == EntryTypes.Capability => words.Title(1 + extra),
                var t when t == EntryTypes.Case => words.Name(1) + " " + words.Phrase(2 + extra),
                var t when t == EntryTypes.Challenge => words.Title(3 + extra),
                _ => words.Title(2 + extra),
            };
            // A capability's id is its one word, as in 'empowered'; the title adds "interaction capability".
            var id = Ids.FromTitle(name);
            if (taken.Add(id)) return (id, kind == EntryTypes.Capability ? name + " interaction capability" : name);
        }
    }
}
