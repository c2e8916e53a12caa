namespace Catalogue.Pipeline.Link;

/// <summary>What one entry has in common with another: an entry id, or a source id for a shared citation.</summary>
internal sealed record SharedNeighbour(string Id, bool IsSource);

/// <summary>An entry ranked as related to another, with its score and what the two have in common, rarest first.</summary>
internal sealed record RelatedEntry(string Id, double Score, bool HandPicked, bool Linked, IReadOnlyList<SharedNeighbour> Shared);

/// <summary>
/// Ranks the entries related to an entry from the link graph. Two entries are related when they share
/// neighbours — practices, capabilities, cases or concepts they link or are linked from, and sources they
/// both cite — each weighted by how rare it is (Adamic–Adar: 1 / ln(1 + degree)), so sharing a niche
/// concept counts more than sharing the one source everything cites. A direct link adds a little (the
/// page shows it anyway) and a hand-written 'related' entry adds more, but neither is needed to be ranked.
/// </summary>
/// <remarks>Entries that are not candidates (free pages such as "about") are neither suggested nor count as shared.</remarks>
internal sealed class RelatedRanker(LinkGraph graph, Func<string, bool> isCandidate, int hubLimit = RelatedRanker.DefaultHubLimit)
{
    /// <summary>
    /// A neighbour shared by more entries than this says little about any pair of them and would make
    /// ranking quadratic in catalogue size, so it is not followed (direct links still count).
    /// </summary>
    public const int DefaultHubLimit = 200;

    public const double HandPickedWeight = 2.0;
    public const double LinkWeight = 0.5;

    private LayeredCache<(string Id, int Count), IReadOnlyList<RelatedEntry>> _cache = new(key => key.Id);
    private LayeredCache<string, IReadOnlyCollection<string>> _members = new(id => id, StringComparer.Ordinal);
    private LayeredCache<SharedNeighbour, int[]> _memberNumbers = new(neighbour => neighbour.Id);
    private Lazy<EntryNumbers> _numbers = new(() => EntryNumbers.Number(graph, isCandidate));
    private readonly ThreadLocal<Scratch> _scratch = new(() => new Scratch());

    /// <summary>
    /// A ranker for a graph in which only the changed entries' links differ from this one's, keeping every
    /// ranking the change cannot have touched: an entry's ranking depends on its neighbours and on how many
    /// entries each of them has, so only entries within two links of a changed one are ranked again.
    /// </summary>
    /// <remarks>The next graph must be of the same entries: a preview makes one only when no entry was added or removed.</remarks>
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
        ranker._cache = _cache.After(stale);

        // The entries are the same, so are their numbers and which may be suggested; a neighbour keeps its members unless a changed
        // entry is one, links to it or cites it.
        if (_numbers.IsValueCreated) ranker._numbers = _numbers;
        var touched = changed.SelectMany(id => new[] { graph, next }.SelectMany(g => g.LinksFrom(id).Concat(g.SourcesCitedBy(id)))).Concat(changed).ToHashSet(StringComparer.Ordinal);
        ranker._members = _members.After(touched);
        ranker._memberNumbers = _memberNumbers.After(touched);
        return ranker;
    }

    /// <summary>The highest-ranked related entries of an entry, best first; ties go by id so builds are reproducible.</summary>
    public IReadOnlyList<RelatedEntry> For(string id, int count) => _cache.GetOrAdd((id, count), key => Rank(key.Id, key.Count));

    private IReadOnlyList<RelatedEntry> Rank(string id, int count)
    {
        // Scores are summed in arrays over entry numbers: an entry can have thousands of candidates, and
        // a build ranks every entry, so this loop is where ranking spends its time.
        var numbers = _numbers.Value;
        var scratch = _scratch.Value!.For(numbers.Ids.Count);
        var self = numbers.Of.GetValueOrDefault(id, -1);
        var neighbours = Neighbours(id).ToList();
        foreach (var neighbour in neighbours)
        {
            var members = MemberNumbers(neighbour);
            if (members.Length > hubLimit) continue;
            var weight = 1.0 / Math.Log(1 + members.Length);
            foreach (var other in members)
                if (other != self) scratch.Add(other, weight);
        }
        // The entries an entry links to or is linked from are the members it has as a neighbour itself.
        var linked = MemberNumbers(new SharedNeighbour(id, false)).ToHashSet();
        foreach (var other in linked) scratch.Add(other, LinkWeight);
        var handPicked = graph.HandPicked(id).Select(n => numbers.Of[n]).ToHashSet();
        foreach (var other in handPicked) scratch.Add(other, HandPickedWeight);

        // Only the few shown are put in order, by score and then by id, and with what they share.
        var candidates = numbers.IsCandidate;
        var best = new List<int>(count + 1);
        foreach (var other in scratch.Touched)
        {
            if (other == self || !candidates[other]) continue;
            var at = best.Count;
            while (at > 0 && Ranks(other, best[at - 1])) at--;
            if (at < count)
            {
                best.Insert(at, other);
                if (best.Count > count) best.RemoveAt(count);
            }
        }
        return [.. best.Select(other => new RelatedEntry(numbers.Ids[other], scratch.Score[other], handPicked.Contains(other), linked.Contains(other),
            SharedWith(neighbours, other)))];

        bool Ranks(int a, int b) => scratch.Score[a] > scratch.Score[b]
            || (scratch.Score[a] == scratch.Score[b] && string.CompareOrdinal(numbers.Ids[a], numbers.Ids[b]) < 0);
    }

    /// <summary>The neighbours two entries share, rarest first, as they count in the score.</summary>
    private List<SharedNeighbour> SharedWith(List<SharedNeighbour> neighbours, int other) => neighbours
        .Select(n => (Neighbour: n, Members: MemberNumbers(n)))
        .Where(n => n.Members.Length <= hubLimit && Array.BinarySearch(n.Members, other) >= 0)
        .OrderByDescending(n => 1.0 / Math.Log(1 + n.Members.Length)).ThenBy(n => n.Neighbour.Id, StringComparer.Ordinal)
        .Select(n => n.Neighbour)
        .ToList();

    private int[] MemberNumbers(SharedNeighbour neighbour) => _memberNumbers.GetOrAdd(neighbour, n =>
    {
        var numbers = _numbers.Value;
        return [.. Members(n).Select(m => numbers.Of[m]).Order()];
    });

    private IEnumerable<SharedNeighbour> Neighbours(string id) =>
        graph.LinksFrom(id).Concat(graph.LinksTo(id)).Distinct().Where(isCandidate).Select(n => new SharedNeighbour(n, false))
            .Concat(graph.SourcesCitedBy(id).Select(s => new SharedNeighbour(s, true)));

    private IReadOnlyCollection<string> Members(SharedNeighbour neighbour) => neighbour.IsSource
        ? graph.EntriesCiting(neighbour.Id)
        : _members.GetOrAdd(neighbour.Id, n => graph.LinksFrom(n).Concat(graph.LinksTo(n)).Distinct().ToList());

    /// <summary>Every entry of the graph by number, and back, and which of them may be suggested.</summary>
    private sealed record EntryNumbers(IReadOnlyList<string> Ids, IReadOnlyDictionary<string, int> Of, bool[] IsCandidate)
    {
        public static EntryNumbers Number(LinkGraph graph, Func<string, bool> isCandidate)
        {
            var of = new Dictionary<string, int>(StringComparer.Ordinal);
            var ids = new List<string>();
            void Number(string id)
            {
                if (of.TryAdd(id, ids.Count)) ids.Add(id);
            }
            foreach (var (from, links) in graph.ByEntry)
            {
                Number(from);
                foreach (var edge in links.Edges) Number(edge.To);
            }
            return new EntryNumbers(ids, of, [.. ids.Select(isCandidate)]);
        }
    }

    /// <summary>One thread's running scores; cleared between rankings by forgetting what was touched.</summary>
    private sealed class Scratch
    {
        public double[] Score = [];
        public readonly List<int> Touched = [];

        public Scratch For(int entries)
        {
            foreach (var other in Touched) Score[other] = 0;
            Touched.Clear();
            if (Score.Length < entries) Score = new double[entries];
            return this;
        }

        public void Add(int other, double weight)
        {
            if (Score[other] == 0) Touched.Add(other);
            Score[other] += weight;
        }
    }
}
