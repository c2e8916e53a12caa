using Catalogue.Model;
using Catalogue.Model.Types;

namespace Catalogue.Export;

/// <summary>The blocks of a deck named by option, kind by kind, each id checked against its kind.</summary>
internal static class DeckIds
{
    public static IReadOnlyList<DeckBlock> Blocks(SiteIndex index, IEnumerable<(EntryType Kind, IReadOnlyList<string> Ids)> lists) =>
        lists.SelectMany(list => list.Ids.Select(id => index.Find(id) is { } entry && entry.Kind == list.Kind
            ? DeckBlock.Entry(id, null)
            : throw new DeckRequestException(Unknown(index, id, list.Kind)))).ToList();

    public static string Unknown(SiteIndex index, string id, EntryType kind)
    {
        var hint = Catalogue.Diagnostics.Spelling.DidYouMean(id, index.OfKind(kind).Select(e => e.Id));
        return index.Find(id) is { } other
            ? $"'{id}' is a {other.Kind.Name}, not a {kind.Name}" + (hint is null ? "" : $" ({hint})")
            : $"unknown {kind.Name} '{id}'" + (hint is null ? "" : $" ({hint})");
    }
}
