namespace Catalogue.Model.Types.Standard;

internal static partial class EntryTypes
{
    /// <summary>The concept type, as the standard model holds it (with "any entry" spelled out).</summary>
    public static EntryType Concept => Standard.Named("concept")!;

    private static readonly EntryType ConceptDeclaration = new()
    {
        Name = "concept",
        Folder = "concepts",
        Order = 50,
        Description = "A glossary term.",
        Fields = [.. Fields.Common(true), Fields.Related],
        WorkshopBlock = true,
        ListOrder = ListOrder.Alphabetical,
    };
}
