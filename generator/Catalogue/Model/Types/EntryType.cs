namespace Catalogue.Model.Types;

/// <summary>How a type's list page orders its entries.</summary>
internal enum ListOrder
{
    /// <summary>By the 'order' field where given, then by title.</summary>
    Reading,
    /// <summary>By title, as a glossary is.</summary>
    Alphabetical,
}

/// <summary>
/// One type of entry, declared once: where its files live, what its fields are and what the rest of the
/// generator may do with it. Binding, link checking, validation, list pages, navigation, search filters,
/// workshop blocks, CSV, catalogue.json, the JSON Schemas and `catalogue new` all read it, so adding a type
/// is this declaration and its content. Two declarations are the same type when their names are equal.
/// </summary>
internal sealed record EntryType
{
    /// <summary>Lower-case singular name: the type in messages ("unknown practice 'x'"), in catalogue.json, in
    /// `catalogue new practice` and in the schema's file name.</summary>
    public required string Name { get; init; }

    /// <summary>The folder under content/ that holds its entries; also the URL segment of their pages.</summary>
    public required string Folder { get; init; }

    /// <summary>What the type is, in a sentence, for the JSON Schema and `catalogue new --help`.</summary>
    public required string Description { get; init; }

    /// <summary>The name capitalized, as a filter or a summary names the type: "Practice".</summary>
    public string Title => char.ToUpperInvariant(Name[0]) + Name[1..];

    /// <summary>The label above an entry's title on its page.</summary>
    public string Label { get => _label ?? Title; init => _label = value; }
    private readonly string? _label;

    /// <summary>The title of its list page and navigation entry.</summary>
    public string PluralLabel { get => _plural ?? char.ToUpperInvariant(Folder[0]) + Folder[1..]; init => _plural = value; }
    private readonly string? _plural;

    /// <summary>Where it comes among the types: in navigation, in lists of mixed entries, in data files.</summary>
    public required int Order { get; init; }

    /// <summary>Its front-matter fields, the common ones first.</summary>
    public required IReadOnlyList<FieldSpec> Fields { get; init; }

    /// <summary>The `##` sections its body must have.</summary>
    public IReadOnlyList<string> RequiredSections { get; init; } = [];

    /// <summary>A free page (home, about): no sources required, no list, no data rows, its URL is its id.</summary>
    public bool IsPage { get; init; }

    /// <summary>Shown in the site's navigation (its list page exists whenever it has entries).</summary>
    public bool InNavigation { get; init; } = true;

    /// <summary>Reached from navigation or the home page, so no other entry needs to link to it.</summary>
    public bool ReachableWithoutLinks { get; init; }

    /// <summary>`catalogue new` offers it; types that are the site's design (dimensions, pages) are not.</summary>
    public bool Scaffolded { get; init; } = true;

    /// <summary>A trainer can put it in a workshop as a block (and so on a slide).</summary>
    public bool WorkshopBlock { get; init; }

    /// <summary>How its list page orders entries.</summary>
    public ListOrder ListOrder { get; init; } = ListOrder.Reading;

    /// <summary>A reference field its list page groups entries by, in the order of the entries it names.</summary>
    public string? GroupBy { get; init; }

    /// <summary>Fields whose plain text a list shows under each entry's title (a case's industry, region, period).</summary>
    public IReadOnlyList<string> ListFacts { get; init; } = [];

    /// <summary>The colour a page of this type is drawn in: a role the theme's stylesheet defines.</summary>
    public string Colour { get; init; } = "neutral";

    public ObjectType AsObject => new(Fields);

    /// <summary>The fields of one origin, as paths into the front matter ("seen_at[].what"); a guidance field's
    /// own fields are guidance too, so only the outermost is named.</summary>
    public IEnumerable<string> FieldsOf(Origin origin) => PathsOf(Fields, origin, "");

    private static IEnumerable<string> PathsOf(IEnumerable<FieldSpec> fields, Origin origin, string prefix) =>
        fields.SelectMany(f => f.Origin == origin ? [prefix + f.Name] : f.Type switch
        {
            ObjectType o => PathsOf(o.Fields, origin, prefix + f.Name + "."),
            ListType { Item: ObjectType item } => PathsOf(item.Fields, origin, prefix + f.Name + "[]."),
            _ => [],
        });

    /// <summary>Its site path: "practices/co-design/", or "about/" for a free page.</summary>
    public string PathOf(string id) => IsPage ? id + "/" : $"{Folder}/{id}/";

    public string ListPath => Folder + "/";

    public bool Equals(EntryType? other) => other is not null && other.Name == Name;
    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
    public override string ToString() => Name;
}
