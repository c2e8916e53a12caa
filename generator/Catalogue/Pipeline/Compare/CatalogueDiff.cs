using Catalogue.Model;
using Catalogue.Pipeline.Link;
using Catalogue.Model.Types;

namespace Catalogue.Pipeline.Compare;

/// <summary>An entry a change adds, changes or removes.</summary>
internal sealed record EntryChange(EntryType Kind, string Id, string Title);

/// <summary>A link between two entries; ToTitle is null when no entry, before or after the change, has the id.</summary>
internal sealed record LinkChange(string From, string FromTitle, string To, string? ToTitle);

/// <summary>
/// What a change does to the catalogue: the entries it adds, changes and removes, and the links between
/// entries it adds, removes and breaks. Entries are compared by id, links by their two ends.
/// </summary>
internal sealed record CatalogueDiff(
    IReadOnlyList<EntryChange> Added,
    IReadOnlyList<EntryChange> Changed,
    IReadOnlyList<EntryChange> Removed,
    IReadOnlyList<LinkChange> LinksAdded,
    IReadOnlyList<LinkChange> LinksRemoved,
    IReadOnlyList<LinkChange> LinksBroken)
{
    public bool IsEmpty => Added.Count + Changed.Count + Removed.Count + LinksAdded.Count + LinksRemoved.Count + LinksBroken.Count == 0;

    public static CatalogueDiff Between(LoadedCatalogue before, LoadedCatalogue after)
    {
        var (was, now) = (before.Index, after.Index);
        var linked = Ends(before.Graph.Edges);
        var stillLinked = Ends(after.Graph.Edges);
        var brokenBefore = Ends(before.Graph.Broken);
        var brokenNow = Ends(after.Graph.Broken);

        LinkChange Link(LinkEdge edge) => new(edge.From, (now.Find(edge.From) ?? was.Find(edge.From))!.Title,
            edge.To, (now.Find(edge.To) ?? was.Find(edge.To))?.Title);

        return new CatalogueDiff(
            now.Entries.Where(e => was.Find(e.Id) is null).Select(Change).ToList(),
            now.Entries.Where(e => was.Find(e.Id) is { } old && !SameText(old, e)).Select(Change).ToList(),
            was.Entries.Where(e => now.Find(e.Id) is null).Select(Change).ToList(),
            after.Graph.Edges.Where(e => !linked.Contains((e.From, e.To))).Select(Link).ToList(),
            // A removed entry's own links go with it; a link that now points at nothing is broken, not removed.
            before.Graph.Edges.Where(e => !stillLinked.Contains((e.From, e.To)) && now.Find(e.From) is not null && !brokenNow.Contains((e.From, e.To)))
                .Select(Link).ToList(),
            after.Graph.Broken.Where(e => !brokenBefore.Contains((e.From, e.To))).Select(Link).ToList());
    }

    private static EntryChange Change(Entry entry) => new(entry.Kind, entry.Id, entry.Title);

    private static HashSet<(string, string)> Ends(IEnumerable<LinkEdge> edges) => edges.Select(e => (e.From, e.To)).ToHashSet();

    /// <summary>Line endings differ between checkouts without the text differing.</summary>
    private static bool SameText(Entry a, Entry b) =>
        a.Kind == b.Kind && Normalize(a.FrontMatter) == Normalize(b.FrontMatter) && Normalize(a.Body) == Normalize(b.Body);

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
