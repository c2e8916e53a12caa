using Catalogue.Model;
using Catalogue.Output;
using Catalogue.Pipeline.Link;
using Catalogue.Rendering.Pictures;
using Catalogue.Theme.Models;
using Catalogue.Theme.Pages;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Rendering;

/// <summary>One HTML page to render: where it goes, which component draws it, and with what.</summary>
/// <param name="SitePath">Path under the site root, "" for the home page, "practices/co-design/" for an entry.</param>
/// <param name="AffectedBy">Entry ids whose change can alter this page; lets a preview rebuild only what a change affects.
/// Worked out when first asked, since that means ranking the related entries, which a full build does while rendering.</param>
internal sealed record PlannedPage(string SitePath, string OutputFile, Type Component, Func<PageMeta, Dictionary<string, object?>> Parameters, PageMetaSeed Meta, Lazy<IReadOnlySet<string>> AffectedBy)
{
    public IReadOnlySet<string> SourceIds => AffectedBy.Value;

    /// <summary>A page any entry can change: a list, a matrix, a card deck. At 10,000 entries some are several MB.</summary>
    public bool ShowsWholeCatalogue { get; init; }
}

/// <param name="Image">What the page's preview image shows; null for a page without one.</param>
internal sealed record PageMetaSeed(string Title, string Description, string OpenGraphType, string Section, bool NoIndex = false, SocialCard? Image = null);

/// <summary>Lists every page of the site from the index: the home page, entries, lists, sources, 404.</summary>
internal sealed class SitePlan(SiteIndex index, LinkGraph graph, ViewModelBuilder views, CardDeckBuilder cards)
{
    /// <summary>The types with a list page: those that have entries.</summary>
    private IEnumerable<EntryType> Listed => index.Model.Listed.Where(k => index.OfKind(k).Any());

    /// <summary>Types in a phrase: "practices, capabilities, cases and concepts".</summary>
    private static string Plurals(IEnumerable<EntryType> types)
    {
        var names = types.Select(t => t.PluralLabel.ToLowerInvariant()).ToList();
        return names.Count < 2 ? string.Concat(names) : string.Join(", ", names.SkipLast(1)) + " and " + names[^1];
    }

    public const string SearchPath = "search/";
    public const string MatrixPath = "matrix/";
    public const string DataPath = "data/";
    public const string WorkshopPath = "workshop/";

    /// <summary>Where a page's preview image is: beside the page.</summary>
    public static string ImagePathOf(PlannedPage page) => page.SitePath + "social.png";

    /// <summary>An entry's preview image: its kind and title in the colour of its dimension or type, as on its card.</summary>
    private SocialCard ImageOf(Entry entry) => new(views.KindLabel(entry), entry.Title, entry.Summary, index.Config.Title,
        Palette.Of(entry.Kind == EntryTypes.Practice ? entry.Fields.Ref("dimension") ?? "" : entry.Kind == EntryTypes.Dimension ? entry.Id : entry.Kind.Name).Light);

    /// <summary>Where a method's printable sheet is: beside its page.</summary>
    public static string SheetPathOf(Entry method) => SiteIndex.PathOf(method) + "sheet/";

    /// <summary>What the frame of every page links to.</summary>
    public SiteChrome Chrome(ThemeAssets assets) => new(
        index.Config.Title, index.Url(""), index.Url(assets.Css.SitePath), index.Url(assets.Js.SitePath),
        index.Url(SearchPath), index.Url("pagefind/pagefind.js"), index.Url(SearchData.SitePath), index.Url(SearchData.SourcesSitePath), index.Url(SiteIndex.ListPathOf(EntryTypes.Practice)),
        Navigation(),
        Tools().Select(t => new NavItem(t.Url, t.Title, t.Kind)).ToList(),
        index.Config.License, index.Config.LicenseUrl, index.Find("about") is { } about ? index.UrlOf(about) : index.Url(""),
        index.Config.Repository,
        index.Url(assets.Deck.SitePath), index.Url(WorkshopBlocks.SitePath),
        index.Url(Favicon.SitePath));

    public IReadOnlyList<NavItem> Navigation()
    {
        var items = new List<NavItem>();
        foreach (var kind in Listed.Where(k => k.InNavigation))
            items.Add(new NavItem(index.Url(SiteIndex.ListPathOf(kind)), index.TitleOf(kind), kind.Folder));
        items.Add(new NavItem(index.Url(MatrixPath), "Matrices", "matrix"));
        items.Add(new NavItem(index.Url(SiteIndex.BibliographyPath), "Sources", "sources"));
        // The two tools a trainer comes for, not only in the footer.
        items.Add(new NavItem(index.Url(WorkshopPath), "Workshop builder", "workshop"));
        items.Add(new NavItem(index.Url(CardDeck.Practices.SitePath(CardSize.All[0])), "Cards", "cards"));
        if (index.Find("about") is { Kind.IsPage: true } about)
            items.Add(new NavItem(index.UrlOf(about), "About", "about"));
        return items;
    }

    /// <summary>Where to go next from the home page and the 404 page.</summary>
    public IReadOnlyList<LinkView> Sections() =>
        Listed.Select(k => new LinkView(index.Url(SiteIndex.ListPathOf(k)), index.TitleOf(k), "list", index.DescriptionOf(k)))
            .Append(new LinkView(index.Url(SiteIndex.BibliographyPath), "Sources", "list", "The works the catalogue rests on, and the entries citing each."))
            .Concat(index.Entries.Where(e => e.Kind.IsPage && SiteIndex.HasOwnPage(e)).Select(views.LinkOf))
            .Concat(Tools())
            .ToList();

    /// <summary>The pages for trainers and researchers, linked from every page's footer; Kind names the section.</summary>
    private IEnumerable<LinkView> Tools() =>
    [
        new(index.Url(CardDeck.Practices.SitePath(CardSize.All[0])), "Practice cards", "cards", "Every practice and capability as a printable card, with a QR code to its page."),
        .. cards.Decks.Contains(CardDeck.Methods)
            ? [new LinkView(index.Url(CardDeck.Methods.SitePath(CardSize.All[0])), "Method cards", "cards", "Every method as a printable card, its session minute by minute on the back, with a QR code to its page.")]
            : Array.Empty<LinkView>(),
        new(index.Url(WorkshopPath), "Workshop builder", "workshop", "Plan a workshop from the catalogue: an agenda with times, a handout, Markdown and a slide deck."),
        new(index.Url(DataPath), "Use this data", "data", "The whole catalogue as JSON and CSV files, with their licence and how to cite them."),
    ];

    private DataView Data()
    {
        var config = index.Config;
        var files = new List<DataFile>
        {
            new(index.Url(CatalogueData.SitePath), "catalogue.json", "Every entry and source: fields, links, sources and text."),
            new(index.Url(CatalogueDataSchema.SitePath), "catalogue.schema.json", "The JSON Schema of catalogue.json, describing every field."),
        };
        foreach (var kind in Listed)
        {
            files.Add(new(index.Url(CsvTables.SitePath(kind)), $"{kind.Folder}.csv", $"The {kind.PluralLabel.ToLowerInvariant()}: {index.OfKind(kind).Count()} rows."));
            files.Add(ListsFile(CsvTables.ListsSitePath(kind), CsvTables.ListFields(kind)));
        }
        files.Add(new(index.Url(CsvTables.SourcesSitePath), "sources.csv", $"The bibliography: {index.Sources.Count} rows, each with its full reference."));
        files.Add(ListsFile(CsvTables.SourceListsSitePath, CsvTables.SourceListFields));
        files.Add(new(index.Url(CsvTables.CodebookSitePath), "codebook.csv", "A row per column of the tables above: what it holds, and whether it is sourced from the papers or the catalogue's own guidance."));
        return new DataView(files, index.Url(CatalogueDataSchema.SitePath), CatalogueData.SchemaVersion, config.License, config.LicenseUrl,
            CatalogueData.Citation(config), index.Find("about") is { } about ? index.UrlOf(about) + "#how-to-cite" : index.Url(""));
    }

    private DataFile ListsFile(string sitePath, IEnumerable<string> fields) =>
        new(index.Url(sitePath), Path.GetFileName(sitePath), $"A row per item of the lists above: {string.Join(", ", fields)}.");

    public IEnumerable<PlannedPage> Pages()
    {
        var everyEntry = new Lazy<IReadOnlySet<string>>(() => index.Entries.Select(e => e.Id).ToHashSet());
        PlannedPage CataloguePage(string sitePath, Type component, Func<PageMeta, Dictionary<string, object?>> parameters, PageMetaSeed meta) =>
            Page(sitePath, component, parameters, meta, () => everyEntry.Value) with { ShowsWholeCatalogue = true };

        yield return CataloguePage("", typeof(HomePage), _ => new() { ["Model"] = views.HomeOf(Sections()) },
            new(index.Config.Title, index.Config.Description, "website", "home",
                Image: new SocialCard("Practices, capabilities and cases", index.Config.Title, index.Config.Description, index.Config.BaseUrl.Host, Palette.Accent.Light)));

        foreach (var entry in index.Entries.Where(SiteIndex.HasOwnPage))
            yield return PageOf(entry);

        foreach (var method in index.OfKind(EntryTypes.Method).Where(m => m.Fields.Object("template") is not null))
            yield return Page(SheetPathOf(method), typeof(SheetPage), _ => new() { ["Model"] = views.SheetPageOf(method) },
                new($"{views.SheetOf(method)!.Title} (printable sheet)", $"A printable sheet for {method.Title}, from the catalogue's guidance.", "website", "methods", NoIndex: true),
                () => new HashSet<string> { method.Id });

        foreach (var kind in Listed)
            yield return CataloguePage(SiteIndex.ListPathOf(kind), typeof(ListPage), _ => new() { ["Model"] = views.ListOf(kind) },
                new(index.TitleOf(kind), index.DescriptionOf(kind), "website", kind.Folder));

        yield return CataloguePage(SiteIndex.BibliographyPath, typeof(BibliographyPage), _ => new() { ["Model"] = views.Bibliography() },
            new("Sources", "Every work the catalogue rests on, with the entries that cite it.", "website", "sources"));

        yield return CataloguePage(MatrixPath, typeof(MatrixPage), _ => new() { ["Model"] = views.Matrices() },
            new("Matrices", "Every practice against every case and every capability.", "website", "matrix"));

        foreach (var deck in cards.Decks)
            foreach (var size in CardSize.All)
                yield return CataloguePage(deck.SitePath(size), typeof(CardsPage), _ => new() { ["Model"] = cards.Deck(deck, size) },
                    new($"{deck.Title} ({size.Label})", deck.Description, "website", "cards", NoIndex: size != CardSize.All[0]));

        yield return CataloguePage(WorkshopPath, typeof(WorkshopPage), _ => new() { ["Model"] = new WorkshopView(index.Url(WorkshopBlocks.SitePath), index.Url(CardDeck.Practices.SitePath(CardSize.All[0])), views.PlanLinks()) },
            new("Workshop builder", $"Plan a workshop from the catalogue's {Plurals(Listed.Where(t => t.WorkshopBlock))}, and print it, share it or turn it into slides.", "website", "workshop"));

        yield return CataloguePage(DataPath, typeof(DataPage), _ => new() { ["Model"] = Data() },
            new("Use this data", "The whole catalogue as JSON and CSV files, with their licence and how to cite them.", "website", "data"));

        yield return CataloguePage(SearchPath, typeof(SearchPage),
            _ => new() { ["Model"] = new SearchView(index.Url(SiteIndex.ListPathOf(EntryTypes.Practice)), ViewModelBuilder.FacetNames) },
            new("Search", $"Search the {Plurals(Listed.Where(t => t.InNavigation))} of the catalogue.", "website", "search", NoIndex: true));

        yield return CataloguePage("404.html", typeof(NotFoundPage), _ => new() { ["Sections"] = Sections() },
            new("Page not found", "There is no page at this address.", "website", "", NoIndex: true));
    }

    public PlannedPage PageOf(Entry entry)
    {
        var (component, model) = entry.Kind switch
        {
            var t when t == EntryTypes.Practice => (typeof(PracticePage), (Func<object>)(() => views.PracticeOf(entry))),
            var t when t == EntryTypes.Capability => (typeof(CapabilityPage), () => views.CapabilityOf(entry)),
            var t when t == EntryTypes.Case => (typeof(CasePage), () => views.CaseOf(entry)),
            var t when t == EntryTypes.Dimension => (typeof(DimensionPage), () => views.DimensionOf(entry)),
            var t when t == EntryTypes.Framework => (typeof(FrameworkPage), () => views.FrameworkOf(entry)),
            var t when t == EntryTypes.Challenge => (typeof(ChallengePage), () => views.ChallengeOf(entry)),
            var t when t == EntryTypes.Method => (typeof(MethodPage), () => views.MethodOf(entry)),
            var t when t == EntryTypes.Workshop => (typeof(WorkshopPlanPage), () => views.WorkshopPlanOf(entry)),
            _ => (typeof(EntryPage), () => views.EntryOf(entry)),
        };
        // A page shows its own entry and the titles and summaries of entries it links to, entries linking to it and related ones.
        IReadOnlySet<string> affectedBy() => graph.LinksFrom(entry.Id).Concat(graph.LinksTo(entry.Id))
            .Concat(views.Related.For(entry.Id, ViewModelBuilder.RelatedCount).Select(r => r.Id))
            .Append(entry.Id).ToHashSet();
        var section = entry.Kind.IsPage ? entry.Id : entry.Kind.Folder;
        return Page(SiteIndex.PathOf(entry), component, _ => new() { ["Model"] = model() },
            new(entry.Title, entry.Summary, "article", section, Image: ImageOf(entry)), affectedBy);
    }

    private static PlannedPage Page(string sitePath, Type component, Func<PageMeta, Dictionary<string, object?>> parameters, PageMetaSeed meta, Func<IReadOnlySet<string>> sources) =>
        new(sitePath, sitePath.EndsWith(".html") ? sitePath : sitePath + "index.html", component, parameters, meta, new(sources));
}
