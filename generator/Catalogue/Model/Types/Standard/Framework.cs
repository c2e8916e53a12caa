using static Catalogue.Model.Types.Standard.Fields;

namespace Catalogue.Model.Types.Standard;

internal static partial class EntryTypes
{
    /// <summary>The framework type, as the standard model holds it (with "any entry" spelled out).</summary>
    public static EntryType Framework => Standard.Named("framework")!;

    private static readonly EntryType FrameworkDeclaration = new()
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
