namespace Catalogue.Pipeline.Link;

/// <summary>A link from one entry to another; Field is the front-matter field or "body".</summary>
public sealed record LinkEdge(string From, string To, string Field);

/// <summary>Who links to whom and who cites what, computed once from every entry's links.</summary>
public sealed class LinkGraph
{
    private readonly Dictionary<string, List<string>> _backlinks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _outlinks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _citedBy = new(StringComparer.Ordinal);

    public LinkGraph(IEnumerable<LinkEdge> edges, IEnumerable<(string Entry, string Source)> citations)
    {
        foreach (var edge in edges.Where(e => e.From != e.To).DistinctBy(e => (e.From, e.To)).OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
        {
            Add(_backlinks, edge.To, edge.From);
            Add(_outlinks, edge.From, edge.To);
        }
        foreach (var (entry, source) in citations.Distinct().OrderBy(c => c.Entry, StringComparer.Ordinal))
            Add(_citedBy, source, entry);
    }

    public IReadOnlyList<string> LinksTo(string id) => _backlinks.GetValueOrDefault(id) ?? [];
    public IReadOnlyList<string> LinksFrom(string id) => _outlinks.GetValueOrDefault(id) ?? [];
    public IReadOnlyList<string> EntriesCiting(string sourceId) => _citedBy.GetValueOrDefault(sourceId) ?? [];

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
