namespace Catalogue.Model.Types.Standard;

internal static partial class EntryTypes
{
    public static readonly EntryType Concept = new()
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
