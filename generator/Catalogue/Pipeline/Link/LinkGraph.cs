namespace Catalogue.Pipeline.Link;

/// <summary>A link from one entry to another; Field is the front-matter field or "body".</summary>
/// <remarks>In <see cref="LinkGraph.Broken"/>, To is the id as written, which no entry has.</remarks>
public sealed record LinkEdge(string From, string To, string Field);

/// <summary>Who links to whom and who cites what, computed once from every entry's links.</summary>
public sealed class LinkGraph
{
    /// <summary>The field in which authors name related entries by hand.</summary>
    public const string RelatedField = "related";

    private readonly Dictionary<string, List<string>> _backlinks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _outlinks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _handPicked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _citedBy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _cites = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LinkEdge>> _fieldEdgesFrom = new(StringComparer.Ordinal);

    public LinkGraph(IEnumerable<LinkEdge> edges, IEnumerable<(string Entry, string Source)> citations, IEnumerable<LinkEdge>? broken = null)
    {
        var ordered = InOrder(edges.Where(e => e.From != e.To));
        Edges = ordered.DistinctBy(e => (e.From, e.To)).ToList();
        Broken = InOrder(broken ?? []).DistinctBy(e => (e.From, e.To)).ToList();
        // A case naming a practice in its matrix and in its text links twice, once per field.
        foreach (var edge in ordered.Distinct())
        {
            if (!_fieldEdgesFrom.TryGetValue(edge.From, out var from)) _fieldEdgesFrom[edge.From] = from = [];
            from.Add(edge);
        }
        foreach (var edge in Edges)
        {
            Add(_backlinks, edge.To, edge.From);
            Add(_outlinks, edge.From, edge.To);
        }
        // A hand-picked relation holds both ways, whichever of the two entries names the other.
        foreach (var (a, b) in ordered.Where(e => e.Field == RelatedField)
                     .SelectMany(e => new[] { (e.From, e.To), (e.To, e.From) }).Distinct().OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal))
            Add(_handPicked, a, b);
        foreach (var (entry, source) in citations.Distinct().OrderBy(c => c.Entry, StringComparer.Ordinal).ThenBy(c => c.Source, StringComparer.Ordinal))
        {
            Add(_citedBy, source, entry);
            Add(_cites, entry, source);
        }
    }

    /// <summary>Every link between two entries, once per pair, ordered by source and target.</summary>
    public IReadOnlyList<LinkEdge> Edges { get; }

    /// <summary>An entry's links once per field that makes them, ordered by target and field.</summary>
    public IReadOnlyList<LinkEdge> FieldEdgesFrom(string id) => _fieldEdgesFrom.GetValueOrDefault(id) ?? [];

    /// <summary>Links to an id no entry has, once per pair: each is an error of the link stage.</summary>
    public IReadOnlyList<LinkEdge> Broken { get; }

    public IReadOnlyList<string> LinksTo(string id) => _backlinks.GetValueOrDefault(id) ?? [];
    public IReadOnlyList<string> LinksFrom(string id) => _outlinks.GetValueOrDefault(id) ?? [];
    /// <summary>Entries named under 'related' by this entry or naming it there.</summary>
    public IReadOnlyList<string> HandPicked(string id) => _handPicked.GetValueOrDefault(id) ?? [];
    public IReadOnlyList<string> EntriesCiting(string sourceId) => _citedBy.GetValueOrDefault(sourceId) ?? [];
    public IReadOnlyList<string> SourcesCitedBy(string id) => _cites.GetValueOrDefault(id) ?? [];

    private static List<LinkEdge> InOrder(IEnumerable<LinkEdge> edges) => edges
        .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ThenBy(e => e.Field, StringComparer.Ordinal)
        .ToList();

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
