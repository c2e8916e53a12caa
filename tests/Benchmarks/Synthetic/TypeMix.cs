using Catalogue.Model;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Benchmarks.Synthetic;

/// <summary>How many entries of each kind, and how many sources, a synthetic catalogue of a given size has.</summary>
internal sealed class TypeMix
{
    /// <summary>Below this the fixed kinds leave too few entries to split four ways.</summary>
    public const int MinimumEntries = 40;

    public const int Dimensions = 3;

    /// <summary>home, about and model, as in content/pages/.</summary>
    public static readonly IReadOnlyList<string> PageIds = ["home", "about", "model"];

    /// <summary>
    /// The kinds that grow with the catalogue, weighted by their counts in content/ (8 cases, 33 concepts,
    /// 10 frameworks, 22 challenges); dimensions and pages stay fixed and practices and capabilities grow slowly.
    /// </summary>
    private static readonly (EntryType Kind, int Weight)[] Growing =
        [(EntryTypes.Case, 8), (EntryTypes.Concept, 33), (EntryTypes.Framework, 10), (EntryTypes.Challenge, 22)];

    private readonly (EntryType Kind, int Count)[] _counts;

    private TypeMix((EntryType, int)[] counts, int sources) => (_counts, Sources) = (counts, sources);

    /// <summary>Entry counts in <see cref="EntryType"/> order, which is also the order entries are generated in.</summary>
    public IReadOnlyList<(EntryType Kind, int Count)> Counts => _counts;

    /// <summary>About one source per twenty entries, so each is cited by many entries, as the core papers are.</summary>
    public int Sources { get; }

    public int Count(EntryType kind) => _counts.Single(c => c.Kind == kind).Count;

    /// <summary>The types whose shape was measured on the real content (KindProfile); methods and workshop plans are not among them yet.</summary>
    private static IEnumerable<EntryType> Profiled => EntryTypes.Standard.Types.Where(t => t != EntryTypes.Method && t != EntryTypes.Workshop);

    public static TypeMix For(int entries)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(entries, MinimumEntries);
        var practices = Math.Max(8, entries / 100);
        var capabilities = Math.Max(6, entries / 150);
        var growing = Apportion(entries - Dimensions - PageIds.Count - practices - capabilities);
        var counts = Profiled.Select(kind => (kind, kind switch
        {
            var t when t == EntryTypes.Dimension => Dimensions,
            var t when t == EntryTypes.Practice => practices,
            var t when t == EntryTypes.Capability => capabilities,
            var t when t == EntryTypes.Page => PageIds.Count,
            _ => growing(kind),
        })).ToArray();
        return new TypeMix(counts, Math.Max(5, entries / 20));
    }

    /// <summary>Splits a total by the weights with the largest-remainder method, so the parts add up exactly.</summary>
    private static Func<EntryType, int> Apportion(int total)
    {
        var weightSum = Growing.Sum(g => g.Weight);
        var shares = Growing.Select(g => total * g.Weight / weightSum).ToArray();
        var leftover = total - shares.Sum();
        // OrderByDescending is stable, so equal remainders go to the kinds listed first.
        foreach (var i in Enumerable.Range(0, Growing.Length).OrderByDescending(i => total * Growing[i].Weight % weightSum).Take(leftover))
            shares[i]++;
        return kind => shares[Array.FindIndex(Growing, g => g.Kind == kind)];
    }
}
