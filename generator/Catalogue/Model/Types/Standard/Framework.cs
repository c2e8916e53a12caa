using static Catalogue.Model.Types.Standard.Fields;

namespace Catalogue.Model.Types.Standard;

internal static partial class EntryTypes
{
    public static readonly EntryType Framework = new()
    {
        Name = "framework",
        Folder = "frameworks",
        Order = 60,
        Description = "A model from the literature with named elements.",
        Fields =
        [
            .. Common(true),
            new("elements", new ListType(new ObjectType([
                Text("name", true, "The element's name."),
                MarkdownText("description", true, "What the element means."),
            ])), true, "The framework's named parts, in order."),
            Related,
        ],
        ListOrder = ListOrder.Alphabetical,
    };
}
