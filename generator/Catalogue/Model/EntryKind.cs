namespace Catalogue.Model;

internal enum EntryKind { Dimension, Practice, Capability, Case, Concept, Framework, Challenge, Page }

internal static class EntryKindNames
{
    /// <summary>The folder under content/ that holds entries of a kind; also the URL segment.</summary>
    public static string Folder(this EntryKind kind) => kind switch
    {
        EntryKind.Dimension => "dimensions",
        EntryKind.Practice => "practices",
        EntryKind.Capability => "capabilities",
        EntryKind.Case => "cases",
        EntryKind.Concept => "concepts",
        EntryKind.Framework => "frameworks",
        EntryKind.Challenge => "challenges",
        EntryKind.Page => "pages",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Lower-case singular name, as written in messages ("unknown practice 'x'").</summary>
    public static string Noun(this EntryKind kind) => kind.ToString().ToLowerInvariant();

    public static string PluralTitle(this EntryKind kind) => kind switch
    {
        EntryKind.Capability => "Capabilities",
        EntryKind.Challenge => "Challenges",
        _ => kind + "s",
    };

    public static readonly IReadOnlyDictionary<string, EntryKind> ByFolder =
        Enum.GetValues<EntryKind>().ToDictionary(k => k.Folder(), StringComparer.Ordinal);
}
