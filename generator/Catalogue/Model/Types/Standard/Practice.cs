using static Catalogue.Model.Types.Standard.Fields;

namespace Catalogue.Model.Types.Standard;

internal static partial class EntryTypes
{
    /// <summary>The practice type, as the standard model holds it (with "any entry" spelled out).</summary>
    public static EntryType Practice => Standard.Named("practice")!;

    private static readonly EntryType PracticeDeclaration = new()
    {
        Name = "practice",
        Folder = "practices",
        Order = 20,
        Description = "A co-creation practice.",
        Fields =
        [
            .. Common(true),
            Ref("dimension", true, "The dimension the practice belongs to.", "dimension"),
            Order(false, "Position within its dimension."),
            new("capabilities", new ListType(new ObjectType([
                Ref("capability", true, "An interaction capability id.", "capability"),
                MarkdownText("how", true, "How that capability underpins this practice."),
            ])), false, "The interaction capabilities behind the practice, and how each underpins it."),
            Refs("related", false, "Ids of related practices.", "practice"),
            new("workshop", new ObjectType([
                new("duration", MinMax, true, "Minutes the session takes."),
                new("group_size", MinMax, true, "How many people take part."),
                new("difficulty", new EnumType(["easy", "moderate", "hard"]), true, "How hard it is to facilitate."),
                new("materials", new ListType(new TextType()), false, "What to bring."),
                new("steps", new ListType(new TextType(Markdown: true)), true, "Short imperative steps."),
            ]), false, "Facilitation advice for trainers.", Origin.Guidance),
        ],
        RequiredSections = ["What it is", "Why it matters", "How to run it", "Signals it is working", "Pitfalls"],
        ReachableWithoutLinks = true,
        WorkshopBlock = true,
        GroupBy = "dimension",
    };
}
