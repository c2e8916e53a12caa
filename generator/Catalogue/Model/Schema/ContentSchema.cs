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
}
