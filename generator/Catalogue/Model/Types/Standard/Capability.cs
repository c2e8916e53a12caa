using static Catalogue.Model.Types.Standard.Fields;

namespace Catalogue.Model.Types.Standard;

internal static partial class EntryTypes
{
    /// <summary>The capability type, as the standard model holds it (with "any entry" spelled out).</summary>
    public static EntryType Capability => Standard.Named("capability")!;

    private static readonly EntryType CapabilityDeclaration = new()
    {
        Name = "capability",
        Folder = "capabilities",
        Label = "Interaction capability",
        Order = 30,
        Description = "An interaction capability.",
        Fields =
        [
            .. Common(true),
            new("definition_source", new SourceReferenceType(), true, "The source id of the work that defines the capability."),
            Order(false, "Position among the capabilities, as the defining work lists them."),
            Related,
        ],
        RequiredSections = ["What it is", "How it shows in practice", "How to build it"],
        ReachableWithoutLinks = true,
        WorkshopBlock = true,
    };
}
