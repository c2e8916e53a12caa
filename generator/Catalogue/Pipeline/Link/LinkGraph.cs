namespace Catalogue.Pipeline.Link;

/// <summary>A link from one entry to another; Field is the front-matter field or "body".</summary>
/// <remarks>In <see cref="LinkGraph.Broken"/>, To is the id as written, which no entry has.</remarks>
internal sealed record LinkEdge(string From, string To, string Field);

/// <summary>What one entry links to and cites, as the link stage resolved it, in the graph's order.</summary>
/// <param name="Edges">Links to other entries once per field that makes them, by target and field.</param>
/// <param name="Broken">Links to ids no entry has, once per id, by id.</param>
/// <param name="Cites">Sources cited, once each, by id.</param>
internal sealed record EntryLinkSet(IReadOnlyList<LinkEdge> Edges, IReadOnlyList<LinkEdge> Broken, IReadOnlyList<string> Cites)
{
    public static readonly EntryLinkSet None = new([], [], []);

    /// <summary>The links as found, put in order once, so a graph of thousands of entries is assembled without sorting.</summary>
    /// <remarks>Sorted in place and thinned in one pass each, since every entry of every load comes through here.</remarks>
    public static EntryLinkSet Of(string from, List<LinkEdge> edges, List<LinkEdge> broken, List<string> cites)
    {
        // A case naming a practice in its matrix and in its text links twice, once per field.
        edges.RemoveAll(e => e.To == from);
        edges.Sort(ByTargetThenField);
        broken.Sort(ByTargetThenField);
        cites.Sort(StringComparer.Ordinal);
        return new(Thin(edges, (a, b) => a == b), Thin(broken, (a, b) => a.To == b.To), Thin(cites, (a, b) => a == b));
    }

    private static readonly Comparison<LinkEdge> ByTargetThenField = (a, b) =>
        string.CompareOrdinal(a.To, b.To) is var byTarget and not 0 ? byTarget : string.CompareOrdinal(a.Field, b.Field);

    /// <summary>The sorted items without those that repeat the one kept before them.</summary>
    private static List<T> Thin<T>(List<T> sorted, Func<T, T, bool> repeats)
    {
        var kept = 0;
        for (var i = 0; i < sorted.Count; i++)
            if (kept == 0 || !repeats(sorted[kept - 1], sorted[i])) sorted[kept++] = sorted[i];
        sorted.RemoveRange(kept, sorted.Count - kept);
        return sorted;
    }
}

/// <summary>
/// Who links to whom and who cites what, computed once from every entry's links. Kept entry by entry,
/// so the preview can swap in the links of the entries a change touched without resolving the rest again.
/// </summary>
internal sealed class LinkGraph
{
    /// <summary>The field in which authors name related entries by hand.</summary>
    public const string RelatedField = "related";

    private readonly Dictionary<string, List<string>> _backlinks;
    private readonly Dictionary<string, List<string>> _outlinks;
    /// <summary>Made when first asked for: a check never asks, and it was nearly half of making the graph.</summary>
    private readonly Lazy<Dictionary<string, List<string>>> _handPicked;
    private readonly Dictionary<string, List<string>> _citedBy;
    private readonly Dictionary<string, List<string>> _cites;
    private readonly string[] _order;

    private LinkGraph(IReadOnlyDictionary<string, EntryLinkSet> byEntry, string[] order, LinkGraph? copy)
    {
        ByEntry = byEntry;
        _order = order;
        _backlinks = new(copy?._backlinks ?? [], StringComparer.Ordinal);
        _outlinks = new(copy?._outlinks ?? [], StringComparer.Ordinal);
        _handPicked = copy is null
            ? new(() => HandPickedPairs(byEntry, order))
            : new(new Dictionary<string, List<string>>(copy._handPicked.Value, StringComparer.Ordinal));
        _citedBy = new(copy?._citedBy ?? [], StringComparer.Ordinal);
        _cites = new(copy?._cites ?? [], StringComparer.Ordinal);
    }

    public LinkGraph(IReadOnlyDictionary<string, EntryLinkSet> byEntry) : this(byEntry, [.. byEntry.Keys.Order(StringComparer.Ordinal)], null)
    {
        // Each table is filled from the entries in one order by its own worker: 10,000 entries with 250,000
        // links and citations took 180 ms on one thread, ahead of everything after the link stage. The
        // hand-picked pairs wait until asked for.
        Parallel.Invoke(
            () =>
            {
                foreach (var from in _order)
                {
                    var edges = byEntry[from].Edges;
                    if (edges.Count == 0) continue;
                    var targets = new List<string>(edges.Count);
                    foreach (var edge in edges)
                        if (targets.Count == 0 || targets[^1] != edge.To)
                        {
                            targets.Add(edge.To);
                            Add(_backlinks, edge.To, from);
                        }
                    _outlinks[from] = targets;
                }
            },
            () =>
            {
                foreach (var from in _order)
                {
                    var cites = byEntry[from].Cites;
                    if (cites.Count == 0) continue;
                    foreach (var source in cites) Add(_citedBy, source, from);
                    _cites[from] = [.. cites];
                }
            });
    }

    private static Dictionary<string, List<string>> HandPickedPairs(IReadOnlyDictionary<string, EntryLinkSet> byEntry, string[] order)
    {
        var pairs = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var from in order)
            foreach (var edge in byEntry[from].Edges)
                // A hand-picked relation holds both ways, whichever of the two entries names the other.
                if (edge.Field == RelatedField)
                {
                    Add(pairs, from, edge.To);
                    Add(pairs, edge.To, from);
                }
        foreach (var (id, list) in pairs)
            pairs[id] = [.. list.Distinct().Order(StringComparer.Ordinal)];
        return pairs;
    }

    /// <summary>
    /// This graph with the links of some of its entries replaced, the others' kept: what a preview needs
    /// after a save, without going over every link of a large catalogue again. The lists that change are
    /// copied, so this graph stays as it was.
    /// </summary>
    public LinkGraph With(IReadOnlyDictionary<string, EntryLinkSet> replaced)
    {
        var byEntry = new Dictionary<string, EntryLinkSet>(ByEntry, StringComparer.Ordinal);
        foreach (var (id, links) in replaced) byEntry[id] = links;
        var graph = new LinkGraph(byEntry, _order, this);
        foreach (var (id, links) in replaced)
        {
            var before = ByEntry.GetValueOrDefault(id) ?? EntryLinkSet.None;
            var (targetsBefore, targetsNow) = (Targets(before), Targets(links));
            foreach (var to in targetsBefore.Except(targetsNow)) Edit(graph._backlinks, to, list => list.Remove(id));
            foreach (var to in targetsNow.Except(targetsBefore)) Edit(graph._backlinks, to, list => InsertInOrder(list, id));
            graph._outlinks[id] = [.. targetsNow];
            if (targetsNow.Count == 0) graph._outlinks.Remove(id);

            var (citedBefore, citedNow) = (before.Cites, links.Cites);
            foreach (var source in citedBefore.Except(citedNow)) Edit(graph._citedBy, source, list => list.Remove(id));
            foreach (var source in citedNow.Except(citedBefore)) Edit(graph._citedBy, source, list => InsertInOrder(list, id));
            graph._cites[id] = [.. citedNow];
            if (citedNow.Count == 0) graph._cites.Remove(id);
        }

        // A hand-picked pair holds while either entry names the other: the lists of every entry a replaced
        // one names or named are made again from both sides.
        var picked = replaced.Keys.Concat(replaced.Keys.SelectMany(id => PickedBy(ByEntry.GetValueOrDefault(id)).Concat(PickedBy(byEntry[id])))).ToHashSet();
        foreach (var x in picked)
        {
            var pairs = HandPicked(x).Concat(replaced.Keys).Concat(PickedBy(byEntry.GetValueOrDefault(x)))
                .Where(y => y != x && (PickedBy(byEntry.GetValueOrDefault(x)).Contains(y) || PickedBy(byEntry.GetValueOrDefault(y)).Contains(x)))
                .Distinct().Order(StringComparer.Ordinal).ToList();
            if (pairs.Count == 0) graph._handPicked.Value.Remove(x);
            else graph._handPicked.Value[x] = pairs;
        }
        return graph;
    }

    private static List<string> Targets(EntryLinkSet links) => [.. links.Edges.Select(e => e.To).Distinct()];

    private static IEnumerable<string> PickedBy(EntryLinkSet? links) =>
        links?.Edges.Where(e => e.Field == RelatedField).Select(e => e.To) ?? [];

    private static void Edit(Dictionary<string, List<string>> map, string key, Action<List<string>> change)
    {
        var list = map.TryGetValue(key, out var shared) ? new List<string>(shared) : [];
        change(list);
        if (list.Count == 0) map.Remove(key);
        else map[key] = list;
    }

    private static void InsertInOrder(List<string> list, string id)
    {
        var at = list.BinarySearch(id, StringComparer.Ordinal);
        if (at < 0) list.Insert(~at, id);
    }

    /// <summary>A graph of the links given as a whole rather than entry by entry.</summary>
    public static LinkGraph Of(IEnumerable<LinkEdge> edges, IEnumerable<(string Entry, string Source)> citations, IEnumerable<LinkEdge>? broken = null)
    {
        var edgesFrom = edges.ToLookup(e => e.From);
        var brokenFrom = (broken ?? []).ToLookup(e => e.From);
        var citing = citations.ToLookup(c => c.Entry, c => c.Source);
        var ids = edgesFrom.Select(g => g.Key).Concat(brokenFrom.Select(g => g.Key)).Concat(citing.Select(g => g.Key)).Distinct();
        return new LinkGraph(ids.ToDictionary(id => id, id => EntryLinkSet.Of(id, [.. edgesFrom[id]], [.. brokenFrom[id]], [.. citing[id]]), StringComparer.Ordinal));
    }

    /// <summary>Each entry's links as resolved, by entry id.</summary>
    public IReadOnlyDictionary<string, EntryLinkSet> ByEntry { get; }

    /// <summary>Every link between two entries, once per pair, ordered by source and target.</summary>
    public IEnumerable<LinkEdge> Edges => _order.SelectMany(from => FieldEdgesFrom(from).DistinctBy(e => e.To));

    /// <summary>Links to an id no entry has, once per pair: each is an error of the link stage.</summary>
    public IEnumerable<LinkEdge> Broken => _order.SelectMany(from => ByEntry[from].Broken);

    public IReadOnlyList<string> LinksTo(string id) => _backlinks.GetValueOrDefault(id) ?? [];
    public IReadOnlyList<string> LinksFrom(string id) => _outlinks.GetValueOrDefault(id) ?? [];
    /// <summary>Entries named under 'related' by this entry or naming it there.</summary>
    public IReadOnlyList<string> HandPicked(string id) => _handPicked.Value.GetValueOrDefault(id) ?? [];
    public IReadOnlyList<string> EntriesCiting(string sourceId) => _citedBy.GetValueOrDefault(sourceId) ?? [];
    public IReadOnlyList<string> SourcesCitedBy(string id) => _cites.GetValueOrDefault(id) ?? [];

    /// <summary>An entry's links once per field that makes them, ordered by target and field.</summary>
    public IReadOnlyList<LinkEdge> FieldEdgesFrom(string id) => ByEntry.GetValueOrDefault(id)?.Edges ?? [];

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
