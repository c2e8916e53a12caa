using static Catalogue.Model.Types.Standard.Fields;

namespace Catalogue.Model.Types.Standard;

internal static partial class EntryTypes
{
    /// <summary>The challenge type, as the standard model holds it (with "any entry" spelled out).</summary>
    public static EntryType Challenge => Standard.Named("challenge")!;

    private static readonly EntryType ChallengeDeclaration = new()
    {
        Name = "challenge",
        Folder = "challenges",
        Order = 70,
        Description = "A known difficulty of co-creation and how to manage it.",
        Fields =
        [
            .. Common(true),
            new("mitigations", new ListType(new TextType(Markdown: true)), true, "Short statements of what to do about it."),
            Refs("practices", false, "The practices it affects.", "practice"),
            Related,
        ],
        ListOrder = ListOrder.Alphabetical,
    };
}
