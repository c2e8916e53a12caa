using Catalogue.Model.Types;

namespace Catalogue.Model.Schema;

/// <summary>
/// The files that are no entries, as data: sources.yaml, site.yaml and a folder's _index.md. The entry types are declared in
/// Model/Types/Standard; the reader, the JSON Schema export and `catalogue new source` read both.
/// </summary>
internal static class ContentSchema
{
    private static FieldSpec Text(string name, bool required, string description) => new(name, new TextType(), required, description);

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

    /// <summary>A type folder's _index.md.</summary>
    public static readonly ObjectType Section = new([
        Text("title", false, "The list page's title and navigation entry; the type's plural name unless set."),
        Text("summary", true, "The list page's introduction, in a sentence; the home page shows it too."),
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

    /// <summary>A types.yaml field kind, as written there, and what it becomes (object and list aside).</summary>
    public static readonly IReadOnlyList<string> FieldKinds = ["text", "markdown", "integer", "boolean", "choice", "reference", "source", "object"];

    /// <summary>A field of a declared type. An object's fields nest two levels deep at most, as the standard types need.</summary>
    private static ObjectType DeclaredField(ObjectType? nested) => new([
        Text("name", true, "The field's name in front matter: lower case, words joined by '_'."),
        new("type", new EnumType(FieldKinds), true, "What it holds: text, markdown (inline Markdown with links and citations), integer, boolean, choice, reference (an entry's id), source (a source's id) or object."),
        new("list", new BooleanType(), false, "true for a list of such values."),
        new("required", new BooleanType(), false, "true when every entry must give it."),
        Text("description", true, "What to write in it, in a sentence; templates and schemas show it."),
        new("origin", new EnumType(["mixed", "sourced", "guidance"]), false, "sourced: facts, each cited; guidance: the library's own advice, never cited; mixed (the default): either."),
        new("max_length", new IntegerType(1, 100_000), false, "text and markdown: the most characters allowed."),
        new("min", new IntegerType(int.MinValue, int.MaxValue), false, "integer: the lowest value (0 unless set)."),
        new("max", new IntegerType(int.MinValue, int.MaxValue), false, "integer: the highest value (1,000,000 unless set)."),
        new("values", new ListType(new TextType()), false, "choice: the values allowed."),
        new("to", new ListType(new TextType()), false, "reference: the types whose entries it may name; any entry when left out."),
        .. nested is null ? Array.Empty<FieldSpec>() : [new FieldSpec("fields", new ListType(nested), false, "object: its own fields.")],
    ]);

    /// <summary>One entry type in types.yaml; it maps onto <see cref="EntryType"/>.</summary>
    public static readonly ObjectType DeclaredType = new([
        Text("name", true, "Lower-case singular name, as `catalogue new NAME` and messages use it."),
        Text("folder", true, "The folder under content/ holding its entries, and their address on the site."),
        Text("description", true, "What the type is, in a sentence."),
        Text("label", false, "The label above an entry's title; the name capitalized unless set."),
        Text("plural", false, "The list page's title; the folder capitalized unless set."),
        new("sources_required", new BooleanType(), false, "false when its entries may rest on no source (true unless set)."),
        new("sections", new ListType(new TextType()), false, "The '##' sections every entry's body must have."),
        new("fields", new ListType(DeclaredField(DeclaredField(DeclaredField(null)))), false, "Its own fields, after those every entry has (title, summary, sources, aka, tags, license, attribution, contributors, related)."),
        new("list_order", new EnumType(["reading", "alphabetical"]), false, "reading (by an 'order' field, then title) or alphabetical."),
        Text("group_by", false, "A reference field its list page groups entries by."),
        new("list_facts", new ListType(new TextType()), false, "Text fields a list shows under each title."),
        new("workshop_block", new BooleanType(), false, "true to offer it in the workshop builder."),
        new("in_navigation", new BooleanType(), false, "false to leave it out of the site's navigation."),
    ]);

    /// <summary>content/types.yaml: a library's own entry types, in place of the standard ones.</summary>
    public static readonly ObjectType TypesFile = new([
        new("types", new ListType(DeclaredType), true, "The library's entry types, in the order navigation shows them."),
    ]);
}
