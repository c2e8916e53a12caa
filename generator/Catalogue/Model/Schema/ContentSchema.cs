namespace Catalogue.Model.Schema;

/// <summary>
/// The content model of docs/content-guide.md as data. It is the single definition that the
/// validator, the JSON Schema export and the entry templates all read, so they cannot drift apart.
/// </summary>
internal static class ContentSchema
{
    public const int SummaryMaxLength = 200;

    private static FieldSpec Text(string name, bool required, string description, int? max = null) =>
        new(name, new TextType(max), required, description);

    private static FieldSpec Markdown(string name, bool required, string description) =>
        new(name, new TextType(Markdown: true), required, description);

    private static FieldSpec Refs(string name, bool required, string description, params EntryKind[] targets) =>
        new(name, new ListType(new ReferenceType(targets)), required, description);

    private static FieldSpec Ref(string name, bool required, string description, params EntryKind[] targets) =>
        new(name, new ReferenceType(targets), required, description);

    private static readonly EntryKind[] AnyKind = Enum.GetValues<EntryKind>().Where(k => k != EntryKind.Page).ToArray();

    private static IEnumerable<FieldSpec> Common(bool sourcesRequired) =>
    [
        Text("title", true, "The name shown on the page and in lists."),
        Text("summary", true, $"One plain sentence of at most {SummaryMaxLength} characters; lists, cards, search results and link previews show it.", SummaryMaxLength),
        new("sources", new ListType(new SourceReferenceType()), sourcesRequired, "Ids of the works in sources.yaml that this entry rests on."),
        new("aka", new ListType(new TextType()), false, "Other names for the same thing; search finds them."),
        new("tags", new ListType(new TextType()), false, "Free lower-case keywords."),
        Text("license", false, "Only where this entry's licence differs from the site's."),
        Text("attribution", false, "Credit required by this entry's licence."),
        new("contributors", new ListType(new TextType()), false, "Names of the people who wrote this entry."),
    ];

    private static readonly FieldSpec Related =
        Refs("related", false, "Ids of related entries of any type.", AnyKind);

    private static readonly ObjectType Range = new([
        new("min", new IntegerType(1, 10_000), true, "Lowest value."),
        new("max", new IntegerType(1, 10_000), true, "Highest value."),
    ]);

    private static readonly FieldSpec Interpretation = new("interpretation", new BooleanType(), false,
        "true when the source's text does not fix this and the mapping is the catalogue's own reading; 'reason' then says why.");

    /// <summary>Why a row is the catalogue's reading. Required when 'interpretation' is true; the validator enforces it,
    /// since a field cannot be required on another's value here.</summary>
    private static readonly FieldSpec Reason = Markdown("reason", false,
        "Required when 'interpretation' is true: in a sentence, why the source does not fix this. Pages show it beside 'Our reading'.");

    public static readonly EntrySchema Dimension = new(EntryKind.Dimension,
        "A family of practices: linking, materializing or institutionalizing.",
        [.. Common(true), new("order", new IntegerType(1, 99), true, "Position on the home page.")],
        []);

    public static readonly EntrySchema Practice = new(EntryKind.Practice,
        "A co-creation practice.",
        [
            .. Common(true),
            Ref("dimension", true, "The dimension the practice belongs to.", EntryKind.Dimension),
            new("order", new IntegerType(1, 99), false, "Position within its dimension."),
            new("capabilities", new ListType(new ObjectType([
                Ref("capability", true, "An interaction capability id.", EntryKind.Capability),
                Markdown("how", true, "How that capability underpins this practice."),
            ])), false, "The interaction capabilities behind the practice, and how each underpins it."),
            Refs("related", false, "Ids of related practices.", EntryKind.Practice),
            new("workshop", new ObjectType([
                new("duration", Range, true, "Minutes the session takes."),
                new("group_size", Range, true, "How many people take part."),
                new("difficulty", new EnumType(["easy", "moderate", "hard"]), true, "How hard it is to facilitate."),
                new("materials", new ListType(new TextType()), false, "What to bring."),
                new("steps", new ListType(new TextType(Markdown: true)), true, "Short imperative steps."),
            ]), false, "Facilitation advice for trainers: the catalogue's own."),
        ],
        ["What it is", "Why it matters", "How to run it", "Signals it is working", "Pitfalls"]);

    public static readonly EntrySchema Capability = new(EntryKind.Capability,
        "An interaction capability.",
        [
            .. Common(true),
            new("definition_source", new SourceReferenceType(), true, "The source id of the work that defines the capability."),
            new("order", new IntegerType(1, 99), false, "Position among the capabilities, as the defining work lists them."),
            Related,
        ],
        ["What it is", "How it shows in practice", "How to build it"]);

    public static readonly EntrySchema Case = new(EntryKind.Case,
        "An organization's co-creation, told through its practices and capabilities.",
        [
            .. Common(true),
            Text("organization", true, "Who co-created (as the source names them)."),
            Text("industry", true, "The industry, in a word or short phrase; used as a search filter."),
            Text("region", false, "Where, as the source says."),
            Text("period", false, "When, e.g. 2011–2014; omit if the source does not say."),
            Markdown("offering", true, "What was co-created."),
            Markdown("compelling_event", false, "What triggered the co-creation, if the source says."),
            new("practices", new ListType(new ObjectType([
                Ref("practice", true, "A practice id.", EntryKind.Practice),
                new("activities", new ListType(new TextType(Markdown: true)), true, "What the organization did in that practice, each cited."),
                Interpretation,
                Reason,
            ])), true, "The case's row of the practice matrix."),
            new("capabilities", new ListType(new ObjectType([
                Ref("capability", true, "A capability id.", EntryKind.Capability),
                Markdown("evidence", true, "What shows the capability at work, cited."),
                Interpretation,
                Reason,
            ])), false, "The interaction capabilities the case shows."),
            new("outcomes", new ListType(new TextType(Markdown: true)), false, "Results with the source's figures; omit when it reports none."),
            Related,
        ],
        []);

    public static readonly EntrySchema Concept = new(EntryKind.Concept,
        "A glossary term.", [.. Common(true), Related], []);

    public static readonly EntrySchema Framework = new(EntryKind.Framework,
        "A model from the literature with named elements.",
        [
            .. Common(true),
            new("elements", new ListType(new ObjectType([
                Text("name", true, "The element's name."),
                Markdown("description", true, "What the element means."),
            ])), true, "The framework's named parts, in order."),
            Related,
        ],
        []);

    public static readonly EntrySchema Challenge = new(EntryKind.Challenge,
        "A known difficulty of co-creation and how to manage it.",
        [
            .. Common(true),
            new("mitigations", new ListType(new TextType(Markdown: true)), true, "Short statements of what to do about it."),
            Refs("practices", false, "The practices it affects.", EntryKind.Practice),
            Related,
        ],
        []);

    public static readonly EntrySchema Page = new(EntryKind.Page,
        "A free page: the home introduction, about, the model explained.",
        [.. Common(false)],
        []);

    public static readonly IReadOnlyDictionary<EntryKind, EntrySchema> ByKind =
        new[] { Dimension, Practice, Capability, Case, Concept, Framework, Challenge, Page }
            .ToDictionary(s => s.Kind);

    public static EntrySchema For(EntryKind kind) => ByKind[kind];

    /// <summary>Every field a source in sources.yaml may have.</summary>
    public static readonly ObjectType Source = new([
        Text("id", true, "Family name of the first author and the year, e.g. karpen-2011."),
        new("type", new EnumType(["article", "conference", "thesis", "book", "chapter", "report", "web"]), false, "What kind of work it is."),
        new("authors", new ListType(new TextType()), true, "Each author as 'Family, I.'."),
        new("year", new IntegerType(1800, 2100), true, "Year of publication."),
        Text("title", false, "The work's title; leave it out only when the work cannot be identified, and say why in 'note'."),
        Text("venue", false, "Journal, conference, book or institution."),
        Text("volume", false, "Volume."),
        Text("issue", false, "Issue."),
        Text("pages", false, "Pages."),
        Text("publisher", false, "Publisher."),
        Text("doi", false, "DOI, without https://doi.org/."),
        Text("url", false, "A stable web address."),
        Text("note", false, "Anything a reader should know about the work."),
    ]);

    /// <summary>The settings of content/site.yaml.</summary>
    public static readonly ObjectType Site = new([
        Text("title", true, "The site's name."),
        Text("description", true, "One sentence about the site, for the home page's description."),
        Text("base_url", false, "The address the site is published at, e.g. https://catalogue.example.org/."),
        Text("repository", false, "The repository's web address, for 'Edit this page' links."),
        Text("branch", false, "The branch entries are edited on; main unless set."),
        Text("license", false, "The licence of the catalogue's text; CC BY 4.0 unless set."),
        Text("license_url", false, "Where the licence is explained."),
    ]);
}
