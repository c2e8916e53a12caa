namespace Catalogue.Model.Types.Standard;

/// <summary>Shorthands for declaring fields, and the fields every entry has.</summary>
internal static class Fields
{
    public const int SummaryMaxLength = 200;

    public static FieldSpec Text(string name, bool required, string description, int? max = null) =>
        new(name, new TextType(max), required, description);

    public static FieldSpec MarkdownText(string name, bool required, string description, Origin origin = Origin.Mixed) =>
        new(name, new TextType(Markdown: true), required, description, origin);

    public static FieldSpec Refs(string name, bool required, string description, params string[] targets) =>
        new(name, new ListType(new ReferenceType(targets)), required, description);

    public static FieldSpec Ref(string name, bool required, string description, params string[] targets) =>
        new(name, new ReferenceType(targets), required, description);

    public static FieldSpec Order(bool required, string description) => new("order", new IntegerType(1, 99), required, description);

    public static IEnumerable<FieldSpec> Common(bool sourcesRequired) =>
    [
        Text("title", true, "The name shown on the page and in lists."),
        Text("summary", true, $"One plain sentence of at most {SummaryMaxLength} characters; lists, cards, search results and link previews show it.", SummaryMaxLength),
        new("sources", new ListType(new SourceReferenceType()), sourcesRequired, "Ids of the works in sources.yaml that this entry rests on."),
        new("aka", new ListType(new TextType()), false, "Other names for the same thing; search finds them."),
        new("tags", new ListType(new TextType()), false, "Free lower-case keywords."),
        Text("license", false, "Only where this entry's licence differs from the site's."),
        Text("attribution", false, "Credit required by this entry's licence."),
        new("contributors", new ListType(new TextType()), false, "Names of the people who wrote this entry."),
        Figures,
    ];

    /// <summary>Where each image in the body comes from and who may reuse it; shown under the figure.</summary>
    public static readonly FieldSpec Figures = new("figures", new ListType(new ObjectType([
        Text("file", true, "The image as the body links it: images/name.png (in the images/ folder beside the entry)."),
        Text("credit", true, "Who made the image, or the work it is redrawn from."),
        Text("license", true, "Who may reuse it: a licence such as CC BY 4.0, or the permission given."),
        MarkdownText("caption", false, "A sentence shown under the figure; it may cite and link."),
    ])), false, "The images the body shows, each with its credit and licence.");

    public static readonly FieldSpec Related = new("related", new ListType(ReferenceType.Any), false, "Ids of related entries of any type.");

    public static readonly ObjectType MinMax = new([
        new("min", new IntegerType(1, 10_000), true, "Lowest value."),
        new("max", new IntegerType(1, 10_000), true, "Highest value."),
    ]);

    public static readonly FieldSpec Interpretation = new("interpretation", new BooleanType(), false,
        "true when the source's text does not fix this and the mapping is the catalogue's own reading; 'reason' then says why.");

    /// <summary>Why a row is the catalogue's reading. Required when 'interpretation' is true; the validator enforces it,
    /// since a field cannot be required on another's value here.</summary>
    public static readonly FieldSpec Reason = MarkdownText("reason", false,
        "Required when 'interpretation' is true: in a sentence, why the source does not fix this. Pages show it beside 'Our reading'.");
}
