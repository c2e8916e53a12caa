namespace Catalogue.Theme.Models;

/// <summary>What every page's head and frame need.</summary>
public sealed record PageMeta(
    string Title,
    string Description,
    string CanonicalUrl,
    string OpenGraphType,
    string Section,
    SiteChrome Site,
    bool NoIndex = false,
    SocialImageMeta? Image = null);

/// <summary>The page's preview image for chat and social apps (og:image), at an absolute address, and its text alternative.</summary>
public sealed record SocialImageMeta(string Url, string Alt, int Width, int Height);

public sealed record SiteChrome(
    string Title,
    string HomeUrl,
    string CssUrl,
    string ScriptUrl,
    string SearchUrl,
    string PagefindUrl,
    string EntriesUrl,
    string SourcesUrl,
    string BrowseUrl,
    IReadOnlyList<NavItem> Navigation,
    IReadOnlyList<NavItem> Tools,
    string License,
    string? LicenseUrl,
    string AboutUrl,
    string? RepositoryUrl,
    string DeckScriptUrl,
    string BlocksUrl,
    string FaviconUrl);

public sealed record NavItem(string Url, string Label, string Section);

/// <summary>A link to an entry with what lists and previews show of it.</summary>
public sealed record LinkView(string Url, string Title, string Kind, string Summary);

/// <summary>A piece of already rendered, already escaped HTML from Markdown.</summary>
public sealed record Html(string Value)
{
    public override string ToString() => Value;
}

public sealed record SourceView(string Id, string Url, string Label, Html Reference);

/// <summary>What every entry page shows, whatever its type.</summary>
/// <param name="WorkshopUrl">The workshop builder, when the entry can be part of a workshop; its page then offers to add it.</param>
public sealed record EntryView(
    string Id,
    string Kind,
    string KindLabel,
    string Title,
    string Summary,
    IReadOnlyList<string> Aka,
    IReadOnlyList<string> Tags,
    Html Body,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<LinkView> ReferencedBy,
    IReadOnlyList<RelatedView> Related,
    IReadOnlyList<string> Contributors,
    string? License,
    string? Attribution,
    string? EditUrl,
    LastChangeView? LastChange,
    IReadOnlyList<Facet> Facets,
    string? WorkshopUrl);

/// <summary>When the entry's file last changed and who changed it, from git history.</summary>
/// <param name="Timestamp">Machine-readable, for the datetime attribute: 2026-11-23T11:25:33+00:00.</param>
/// <param name="Date">As a reader reads it: 23 November 2026.</param>
public sealed record LastChangeView(string Timestamp, string Date, string Author);

/// <summary>A related entry and, in a few words, what it has in common with the page's entry.</summary>
public sealed record RelatedView(LinkView Link, IReadOnlyList<string> InCommon);

/// <summary>A search filter value of an entry: type, dimension, capability, industry or tag.</summary>
public sealed record Facet(string Name, string Value);

/// <summary>A statement from a source, possibly the catalogue's own mapping rather than the source's claim.</summary>
public sealed record Statement(Html Text, bool Interpretation = false);

public sealed record CapabilityUse(LinkView Capability, Html How);
/// <param name="Reason">Why the row is the catalogue's reading; null when it is not one.</param>
public sealed record CaseUse(LinkView Case, IReadOnlyList<Html> Activities, bool Interpretation, Html? Reason = null);
public sealed record Workshop(int MinMinutes, int MaxMinutes, int MinPeople, int MaxPeople, string Difficulty, IReadOnlyList<string> Materials, IReadOnlyList<Html> Steps);

/// <param name="Methods">The methods serving the practice, each with a summary: a practitioner starts here.</param>
public sealed record PracticeView(EntryView Entry, LinkView Dimension, IReadOnlyList<CapabilityUse> Capabilities, IReadOnlyList<CaseUse> Cases, Workshop? Workshop, IReadOnlyList<LinkView> Methods);

public sealed record PracticeUse(LinkView Practice, Html How);
public sealed record CaseEvidence(LinkView Case, Html Evidence, bool Interpretation, Html? Reason = null);
public sealed record CapabilityView(EntryView Entry, SourceView? DefinitionSource, IReadOnlyList<PracticeUse> Practices, IReadOnlyList<CaseEvidence> Cases);

public sealed record MatrixRow(LinkView Practice, IReadOnlyList<Html> Activities, bool Interpretation, Html? Reason = null);
public sealed record MatrixGroup(LinkView Dimension, IReadOnlyList<MatrixRow> Rows);
public sealed record CapabilityEvidence(LinkView Capability, Html Evidence, bool Interpretation, Html? Reason = null);
public sealed record CaseFact(string Label, Html Value);
/// <param name="Strip">The practices the case shows, drawn from its matrix rows.</param>
public sealed record CaseView(EntryView Entry, IReadOnlyList<CaseFact> Facts, IReadOnlyList<MatrixGroup> Matrix, IReadOnlyList<CapabilityEvidence> Capabilities, IReadOnlyList<Html> Outcomes, IReadOnlyList<LinkView> Methods, PracticeStripView Strip);

/// <summary>A case's practice strip (inline SVG) and, in words, the practices it shows and those it does not.</summary>
public sealed record PracticeStripView(Html Picture, IReadOnlyList<LinkView> Shown, IReadOnlyList<LinkView> NotShown);

public sealed record DimensionView(EntryView Entry, IReadOnlyList<LinkView> Practices);

public sealed record FrameworkElement(string Name, Html Description);
public sealed record FrameworkView(EntryView Entry, IReadOnlyList<FrameworkElement> Elements);

public sealed record ChallengeView(EntryView Entry, IReadOnlyList<Html> Mitigations, IReadOnlyList<LinkView> Practices);

public sealed record DimensionSummary(LinkView Dimension, IReadOnlyList<LinkView> Practices);
public sealed record HomeView(string Title, string Description, Html Introduction, IReadOnlyList<DimensionSummary> Dimensions, IReadOnlyList<LinkView> Capabilities, IReadOnlyList<LinkView> Cases, LinkView? Engagement, IReadOnlyList<LinkView> Sections, ModelView Model);

/// <summary>A practice of the model with its dimension and the capabilities it rests on: a row of the diagram's table.</summary>
public sealed record ModelRow(LinkView Dimension, LinkView Practice, IReadOnlyList<LinkView> Capabilities);

/// <summary>The model diagram (inline SVG) and the same links as a table, its text alternative.</summary>
public sealed record ModelView(Html Diagram, IReadOnlyList<ModelRow> Rows);

/// <summary>An item of a list page, with short facts such as a practice's dimension or a case's industry.</summary>
/// <param name="Facets">What the list page's filters match the item on, as in search.</param>
public sealed record ListItem(LinkView Link, IReadOnlyList<string> Facts, IReadOnlyList<Facet> Facets);
public sealed record ListGroup(string? Heading, IReadOnlyList<ListItem> Items);
/// <summary>A filter of a list page: one facet and how many of the listed items have each of its values.</summary>
public sealed record ListFilter(string Name, IReadOnlyList<(string Value, int Count)> Options);
public sealed record ListView(string Title, string Description, IReadOnlyList<ListGroup> Groups, IReadOnlyList<ListFilter> Filters);

public sealed record SearchView(string BrowseUrl, IReadOnlyList<string> Facets);

public sealed record BibliographyItem(SourceView Source, string? Link, IReadOnlyList<LinkView> CitedBy);
public sealed record BibliographyView(IReadOnlyList<BibliographyItem> Items);

/// <summary>One cell of a cross table: statements, and whether they are the catalogue's reading.</summary>
public sealed record MatrixCell(IReadOnlyList<Html> Items, bool Interpretation, IReadOnlyList<LinkView> Cases, Html? Reason = null);
public sealed record CrossRow(LinkView Practice, string Dimension, IReadOnlyList<MatrixCell> Cells);
public sealed record CrossTable(string Id, string Caption, string CornerLabel, IReadOnlyList<LinkView> Columns, IReadOnlyList<CrossRow> Rows);
/// <param name="HeatMap">Every case against every practice as inline SVG, each cell a link; the first table says the same in words.</param>
public sealed record MatrixPageView(IReadOnlyList<DimensionSummary> Overview, IReadOnlyList<CrossTable> Tables, Html HeatMap);

/// <summary>Where the sources show a method at work: a fact, cited, with the practice it served there.</summary>
public sealed record MethodSighting(LinkView Case, LinkView Practice, Html What, bool Interpretation, Html? Reason);
public sealed record MethodStep(int Minutes, Html Do);
public sealed record MethodRoles(string Facilitator, string Customer, string Supplier);

/// <summary>How to run a session of a method: the catalogue's guidance, labelled as such wherever it is shown.</summary>
public sealed record MethodGuide(Html? Covers, int Minutes, int MinPeople, int MaxPeople, MethodRoles Roles, IReadOnlyList<string> Materials,
    IReadOnlyList<MethodStep> Steps, IReadOnlyList<string> Outputs, IReadOnlyList<Html> Pitfalls, Html? Remote);

/// <summary>A printable sheet for a method's session, drawn from its data.</summary>
public sealed record MethodSheet(string Title, string? Prompt, IReadOnlyList<string> Columns, int Rows, string Url);

public sealed record MethodView(EntryView Entry, Html When, Html Produces, IReadOnlyList<LinkView> Practices, IReadOnlyList<LinkView> Capabilities,
    IReadOnlyList<LinkView> Challenges, IReadOnlyList<MethodSighting> SeenAt, MethodGuide Guide, MethodSheet? Sheet);

public sealed record SheetView(LinkView Method, MethodSheet Sheet);
