using System.Collections.Concurrent;
using Catalogue.Model;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Pipeline.Link;

/// <summary>A row of an entry's front matter that names another entry: a case's row of the practice matrix, a practice's capability.</summary>
internal sealed record EntryRow(Entry Entry, ObjectValue Row);

/// <summary>
/// How entries name each other in their front matter, each list in reading order. The pages, the cards,
/// the workshop builder's data and the slide decks all ask these questions, so they all get the same answers.
/// </summary>
/// <remarks>
/// Every page asks them, so each kind of answer is worked out for all entries at once, on first use, and
/// shared by the rendering threads: asking again costs a lookup, not a walk over the catalogue.
/// </remarks>
internal sealed class EntryRelations(SiteIndex index, LinkGraph graph)
{
    private readonly ConcurrentDictionary<EntryType, IReadOnlyList<Entry>> _ordered = new();
    private readonly ConcurrentDictionary<(EntryType Kind, string List, string Field), ILookup<string, EntryRow>> _rowsNaming = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<Entry>> _practicesIn = new(StringComparer.Ordinal);

    /// <summary>Entries in reading order: by 'order' where given, then by title.</summary>
    public IEnumerable<Entry> Ordered(IEnumerable<Entry> entries) =>
        entries.OrderBy(e => e.Fields.Integer("order") ?? int.MaxValue).ThenBy(e => e.Title, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Entry> Ordered(EntryType kind) => _ordered.GetOrAdd(kind, k => [.. Ordered(index.OfKind(k))]);

    public IReadOnlyList<Entry> PracticesIn(Entry dimension) =>
        _practicesIn.GetOrAdd(dimension.Id, id => [.. Ordered(EntryTypes.Practice).Where(p => p.Fields.Ref("dimension") == id)]);

    /// <summary>The practices dimension by dimension, as the matrices and the cards show them.</summary>
    public IEnumerable<Entry> PracticesByDimension() => Ordered(EntryTypes.Dimension).SelectMany(PracticesIn);

    /// <summary>Each case's rows of the practice matrix for a practice: what the case did in it.</summary>
    public IEnumerable<EntryRow> CasesUsing(Entry practice) => RowsNaming(EntryTypes.Case, "practices", "practice", practice.Id);

    /// <summary>Each case's evidence of a capability.</summary>
    public IEnumerable<EntryRow> CasesEvidencing(Entry capability) => RowsNaming(EntryTypes.Case, "capabilities", "capability", capability.Id);

    /// <summary>Each practice's account of how a capability underpins it.</summary>
    public IEnumerable<EntryRow> PracticesUnderpinnedBy(Entry capability) => RowsNaming(EntryTypes.Practice, "capabilities", "capability", capability.Id);

    /// <summary>The methods serving a practice, by title.</summary>
    public IEnumerable<Entry> MethodsFor(Entry practice) =>
        index.OfKind(EntryTypes.Method).Where(m => m.Fields.Refs("practices").Contains(practice.Id)).OrderBy(m => m.Title, StringComparer.OrdinalIgnoreCase);

    /// <summary>The methods the sources show at work in a case, in reading order.</summary>
    public IEnumerable<Entry> MethodsSeenAt(Entry @case) => RowsNaming(EntryTypes.Method, "seen_at", "case", @case.Id).Select(r => r.Entry).Distinct();

    /// <summary>A method's "seen at" rows, each with the case it names.</summary>
    public IEnumerable<EntryRow> CasesSeenIn(Entry method) => Named(method, "seen_at", "case");

    /// <summary>The capabilities a practice or case names, with its row about each, as written.</summary>
    public IEnumerable<EntryRow> CapabilitiesOf(Entry entry) => Named(entry, "capabilities", "capability");

    /// <summary>A case's practice matrix: its rows, practice by practice, dimension by dimension.</summary>
    public IEnumerable<EntryRow> MatrixOf(Entry @case)
    {
        var rows = Named(@case, "practices", "practice").ToList();
        return PracticesByDimension().SelectMany(p => rows.Where(r => r.Entry == p));
    }

    /// <summary>The cases that illustrate an entry: those using a practice, evidencing a capability, where a method was seen, or linking to it.</summary>
    public IEnumerable<Entry> CasesIllustrating(Entry entry) => entry.Kind switch
    {
        var t when t == EntryTypes.Practice => CasesUsing(entry).Select(r => r.Entry).Distinct(),
        var t when t == EntryTypes.Capability => CasesEvidencing(entry).Select(r => r.Entry).Distinct(),
        var t when t == EntryTypes.Method => CasesSeenIn(entry).Select(r => r.Entry).Distinct(),
        var t when t == EntryTypes.Case => [],
        _ => Ordered(graph.LinksTo(entry.Id).Select(index.Find).OfType<Entry>().Where(e => e.Kind == EntryTypes.Case)),
    };

    /// <summary>Every source an entry rests on or cites, in bibliography order.</summary>
    public IEnumerable<Source> SourcesOf(Entry entry) =>
        entry.SourceIds.Concat(graph.SourcesCitedBy(entry.Id)).Distinct()
            .Select(id => index.SourcesById.GetValueOrDefault(id)).OfType<Source>()
            .OrderBy(s => s.Authors.FirstOrDefault() ?? s.Id, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Year);

    /// <summary>The rows of every entry of a kind whose list names the id, entries in reading order.</summary>
    private IEnumerable<EntryRow> RowsNaming(EntryType kind, string list, string field, string id) =>
        _rowsNaming.GetOrAdd((kind, list, field), key => Ordered(key.Kind)
            .SelectMany(e => e.Fields.Objects(key.List).Select(row => new EntryRow(e, row)))
            .Where(r => r.Row.Ref(key.Field) is not null)
            .ToLookup(r => r.Row.Ref(key.Field)!, StringComparer.Ordinal))[id];

    /// <summary>The rows of a list naming existing entries, each with the entry it names.</summary>
    private IEnumerable<EntryRow> Named(Entry entry, string list, string field) =>
        entry.Fields.Objects(list)
            .Select(row => (Row: row, Named: index.Find(row.Ref(field) ?? "")))
            .Where(r => r.Named is not null)
            .Select(r => new EntryRow(r.Named!, r.Row));
}
