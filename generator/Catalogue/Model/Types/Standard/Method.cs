using static Catalogue.Model.Types.Standard.Fields;

namespace Catalogue.Model.Types.Standard;

internal static partial class EntryTypes
{
    /// <summary>The method type, as the standard model holds it (with "any entry" spelled out).</summary>
    public static EntryType Method => Standard.Named("method")!;

    private static readonly EntryType MethodDeclaration = new()
    {
        Name = "method",
        Folder = "methods",
        Order = 25,
        Description = "A runnable co-creation technique, seen at work in a case the sources report.",
        Fields =
        [
            .. Common(true),
            Refs("practices", true, "The practices it serves.", "practice"),
            Refs("capabilities", false, "The interaction capabilities it exercises.", "capability"),
            Refs("challenges", false, "The challenges it helps with.", "challenge"),
            MarkdownText("when", true, "When to use it: the situation or trigger, in a sentence or two.", Origin.Guidance),
            MarkdownText("produces", true, "What it yields.", Origin.Guidance),
            new("seen_at", new ListType(new ObjectType([
                Ref("case", true, "The case where the sources show it.", "case"),
                Ref("practice", true, "The practice it served there.", "practice"),
                MarkdownText("what", true, "What the organization did, in your words, with a citation.", Origin.Sourced),
                Interpretation,
                Reason,
            ])), true, "Where the sources show it at work.", Origin.Sourced),
            new("guide", new ObjectType([
                MarkdownText("covers", false, "Which session the guide covers, when the method runs longer than one meeting."),
                new("duration", new IntegerType(1, 600), true, "Minutes the session takes: the sum of the steps' minutes."),
                new("group_size", MinMax, true, "How many people take part."),
                new("roles", new ObjectType([
                    Text("facilitator", true, "Who leads, doing what."),
                    Text("customer", true, "Who comes from the customer's side, doing what."),
                    Text("supplier", true, "Who comes from the supplier's side, doing what."),
                ]), true, "Who does what in the session."),
                new("materials", new ListType(new TextType()), false, "What to bring."),
                new("steps", new ListType(new ObjectType([
                    new("minutes", new IntegerType(1, 600), true, "How long the step takes."),
                    MarkdownText("do", true, "What to do, as an instruction."),
                ])), true, "The session's steps, in order, each with its minutes."),
                new("outputs", new ListType(new TextType()), true, "What the session leaves behind."),
                new("pitfalls", new ListType(new TextType(Markdown: true)), false, "What goes wrong, and how to avoid it."),
                MarkdownText("remote", false, "How to run it remotely or hybrid."),
            ]), true, "How to run one session of it.", Origin.Guidance),
            new("template", new ObjectType([
                Text("title", true, "The sheet's title."),
                Text("prompt", false, "One line telling the group how to fill it in."),
                new("columns", new ListType(new TextType()), true, "The column headings."),
                new("rows", new IntegerType(1, 20), true, "How many blank rows to print."),
            ]), false, "A printable sheet for the session: a plan, a map, a grid.", Origin.Guidance),
            Related,
        ],
        RequiredSections = ["What it is"],
        ReachableWithoutLinks = true,
        WorkshopBlock = true,
        ListOrder = ListOrder.Alphabetical,
    };
}
