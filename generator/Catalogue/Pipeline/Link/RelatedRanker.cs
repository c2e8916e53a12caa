using System.Collections.Concurrent;

namespace Catalogue.Pipeline.Link;

/// <summary>What one entry has in common with another: an entry id, or a source id for a shared citation.</summary>
public sealed record SharedNeighbour(string Id, bool IsSource);

/// <summary>An entry ranked as related to another, with its score and what the two have in common, rarest first.</summary>
public sealed record RelatedEntry(string Id, double Score, bool HandPicked, bool Linked, IReadOnlyList<SharedNeighbour> Shared);

/// <summary>
/// Ranks the entries related to an entry from the link graph. Two entries are related when they share
/// neighbours — practices, capabilities, cases or concepts they link or are linked from, and sources they
/// both cite — each weighted by how rare it is (Adamic–Adar: 1 / ln(1 + degree)), so sharing a niche
/// concept counts more than sharing the one source everything cites. A direct link adds a little (the
/// page shows it anyway) and a hand-written 'related' entry adds more, but neither is needed to be ranked.
/// </summary>
/// <remarks>Entries that are not candidates (free pages such as "about") are neither suggested nor count as shared.</remarks>
public sealed class RelatedRanker(LinkGraph graph, Func<string, bool> isCandidate, int hubLimit = RelatedRanker.DefaultHubLimit)
{
    /// <summary>
    /// A neighbour shared by more entries than this says little about any pair of them and would make
    /// ranking quadratic in catalogue size, so it is not followed (direct links still count).
    /// </summary>
    public const int DefaultHubLimit = 200;

    public const double HandPickedWeight = 2.0;
    public const double LinkWeight = 0.5;

    private readonly ConcurrentDictionary<(string Id, int Count), IReadOnlyList<RelatedEntry>> _cache = new();
    private readonly ConcurrentDictionary<string, IReadOnlyCollection<string>> _members = new(StringComparer.Ordinal);

    /// <summary>
    /// A ranker for a graph in which only the changed entries' links differ from this one's, keeping every
    /// ranking the change cannot have touched: an entry's ranking depends on its neighbours and on how many
    /// entries each of them has, so only entries within two links of a changed one are ranked again.
    /// </summary>
    public RelatedRanker After(LinkGraph next, Func<string, bool> isCandidateNext, IReadOnlySet<string> changed)
    {
        var ranker = new RelatedRanker(next, isCandidateNext, hubLimit);
        var stale = new HashSet<string>(changed, StringComparer.Ordinal);
        foreach (var other in new[] { this, ranker })
            foreach (var id in changed)
                foreach (var neighbour in other.Neighbours(id).Append(new SharedNeighbour(id, false)))
                {
                    // A neighbour too common to count before and after changes nobody's ranking.
                    if (Members(neighbour).Count > hubLimit && ranker.Members(neighbour).Count > hubLimit) continue;
                    stale.UnionWith(Members(neighbour));
                    stale.UnionWith(ranker.Members(neighbour));
                }
        foreach (var (key, ranked) in _cache)
            if (!stale.Contains(key.Id)) ranker._cache[key] = ranked;
        return ranker;
    }

    /// <summary>The highest-ranked related entries of an entry, best first; ties go by id so builds are reproducible.</summary>
    public IReadOnlyList<RelatedEntry> For(string id, int count) => _cache.GetOrAdd((id, count), key => Rank(key.Id, key.Count));

    private IReadOnlyList<RelatedEntry> Rank(string id, int count)
    {
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        Candidate At(string other) => candidates.TryGetValue(other, out var c) ? c : candidates[other] = new Candidate();

        foreach (var neighbour in Neighbours(id))
        {
            var members = Members(neighbour);
            if (members.Count > hubLimit) continue;
            var weight = 1.0 / Math.Log(1 + members.Count);
            foreach (var other in members)
                if (other != id)
                {
                    var c = At(other);
                    c.Score += weight;
                    c.Shared.Add((neighbour, weight));
                }
        }
        foreach (var other in graph.LinksFrom(id).Concat(graph.LinksTo(id)).Distinct())
        {
            var c = At(other);
            if (!c.Linked) { c.Linked = true; c.Score += LinkWeight; }
        }
        foreach (var other in graph.HandPicked(id))
        {
            var c = At(other);
            c.HandPicked = true;
            c.Score += HandPickedWeight;
        }

        // Only the few shown are put in order with what they share; an entry can have thousands of candidates.
        return candidates
            .Where(kv => kv.Key != id && isCandidate(kv.Key))
            .OrderByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(kv => new RelatedEntry(kv.Key, kv.Value.Score, kv.Value.HandPicked, kv.Value.Linked,
                kv.Value.Shared.OrderByDescending(s => s.Weight).ThenBy(s => s.Neighbour.Id, StringComparer.Ordinal).Select(s => s.Neighbour).ToList()))
            .ToList();
    }

    private IEnumerable<SharedNeighbour> Neighbours(string id) =>
        graph.LinksFrom(id).Concat(graph.LinksTo(id)).Distinct().Where(isCandidate).Select(n => new SharedNeighbour(n, false))
            .Concat(graph.SourcesCitedBy(id).Select(s => new SharedNeighbour(s, true)));

    private IReadOnlyCollection<string> Members(SharedNeighbour neighbour) => neighbour.IsSource
        ? graph.EntriesCiting(neighbour.Id)
        : _members.GetOrAdd(neighbour.Id, n => graph.LinksFrom(n).Concat(graph.LinksTo(n)).Distinct().ToList());

    private sealed class Candidate
    {
        public double Score;
        public bool Linked;
        public bool HandPicked;
        public readonly List<(SharedNeighbour Neighbour, double Weight)> Shared = [];
    }
}
