using static Catalogue.Model.Types.Standard.Fields;

namespace Catalogue.Model.Types.Standard;

internal static partial class EntryTypes
{
    /// <summary>The case type, as the standard model holds it (with "any entry" spelled out).</summary>
    public static EntryType Case => Standard.Named("case")!;

    private static readonly EntryType CaseDeclaration = new()
    {
        Name = "case",
        Folder = "cases",
        Order = 40,
        Description = "An organization's co-creation, told through its practices and capabilities.",
        Fields =
        [
            .. Common(true),
            Text("organization", true, "Who co-created (as the source names them)."),
            Text("industry", true, "The industry, in a word or short phrase; used as a search filter."),
            Text("region", false, "Where, as the source says."),
            Text("period", false, "When, e.g. 2011–2014; omit if the source does not say."),
            MarkdownText("offering", true, "What was co-created."),
            MarkdownText("compelling_event", false, "What triggered the co-creation, if the source says."),
            new("practices", new ListType(new ObjectType([
                Ref("practice", true, "A practice id.", "practice"),
                new("activities", new ListType(new TextType(Markdown: true)), true, "What the organization did in that practice, each cited.", Origin.Sourced),
                Interpretation,
                Reason,
            ])), true, "The case's row of the practice matrix."),
            new("capabilities", new ListType(new ObjectType([
                Ref("capability", true, "A capability id.", "capability"),
                MarkdownText("evidence", true, "What shows the capability at work, cited.", Origin.Sourced),
                Interpretation,
                Reason,
            ])), false, "The interaction capabilities the case shows."),
            new("outcomes", new ListType(new TextType(Markdown: true)), false, "Results with the source's figures, each cited; omit when it reports none.", Origin.Sourced),
            Related,
        ],
        ReachableWithoutLinks = true,
        WorkshopBlock = true,
        ListFacts = ["industry", "region", "period"],
    };
}
