using static Catalogue.Model.Types.Standard.Fields;

namespace Catalogue.Model.Types.Standard;

internal static partial class EntryTypes
{
    /// <summary>The workshop plan type, as the standard model holds it (with "any block" spelled out).</summary>
    public static EntryType Workshop => Standard.Named("workshop")!;

    /// <summary>A ready-made plan: the catalogue's own design, so every field but the common ones is guidance,
    /// and no source is required. The workshop builder opens it; it is no block of another workshop.</summary>
    // A property, not a field: this file's static fields come after Standard.cs's, which reads it.
    private static EntryType WorkshopDeclaration => new()
    {
        Name = "workshop",
        Folder = "workshops",
        Label = "Workshop plan",
        PluralLabel = "Workshop plans",
        Order = 80,
        Description = "A ready-made workshop plan of the catalogue's design: blocks from the catalogue with their minutes, breaks, and why this order.",
        Fields =
        [
            .. Common(false),
            new("start", new TextType(5), false, "When the workshop starts, as HH:mm on a 24-hour clock; 09:00 when left out.", Origin.Guidance),
            new("group_size", MinMax, true, "How many people the plan suits.", Origin.Guidance),
            new("blocks", new ListType(new ObjectType([
                new("entry", ReferenceType.AnyWorkshopBlock, false, "The entry the block runs: a method, practice, capability, case or concept."),
                new("minutes", new IntegerType(5, 600), true, "How long the block takes."),
                Text("title", false, "The title of a block of the trainer's own, which has no entry.", 120),
                new("break", new BooleanType(), false, "true for a break, which has no entry and no title."),
                Text("notes", false, "What the trainer should know for this block: why it is shortened, what to prepare."),
            ])), true, "The agenda, in order: each block is an entry, a break or a block of the trainer's own with a title.", Origin.Guidance),
            MarkdownText("why", true, "Why this order, in the catalogue's own words.", Origin.Guidance),
        ],
        InNavigation = false,
        ReachableWithoutLinks = true,
        // A plan is the catalogue's design, as dimensions and pages are: written by its editors, not started from a template.
        Scaffolded = false,
        ListOrder = ListOrder.Alphabetical,
    };
}
