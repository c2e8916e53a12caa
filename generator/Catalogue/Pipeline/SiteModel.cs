using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Output;
using Catalogue.Pipeline.History;
using Catalogue.Pipeline.Link;
using Catalogue.Pipeline.Render;
using Catalogue.Rendering;
using Catalogue.Rendering.Pictures;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Pipeline;

/// <summary>A loaded catalogue made ready to render: its page plan, theme assets and page frame.
/// A build renders all of it; the preview server renders only the pages a change affects.</summary>
internal sealed class SiteModel
{
    private readonly LoadedCatalogue _catalogue;
    private readonly EntryRelations _relations;

    /// <param name="previous">This site before a change to the given entries: what it worked out about the others is kept.</param>
    public SiteModel(LoadedCatalogue catalogue, ThemeAssets assets, GitHistory history, (SiteModel Site, IReadOnlySet<string> Changed)? previous = null)
    {
        _catalogue = catalogue;
        Index = catalogue.Index;
        _relations = new EntryRelations(Index, catalogue.Graph);
        Assets = assets;
        History = history;
        Views = new ViewModelBuilder(Index, catalogue.Graph, history, previous is var (site, changed) ? (site.Views, changed) : null);
        Plan = new SitePlan(Index, catalogue.Graph, Views, new CardDeckBuilder(Index, _relations));
        _pages = new(() => Plan.Pages().ToList());
        Renderer = new RenderStage(Index, Plan.Chrome(assets));
    }

    public SiteIndex Index { get; }
    public ViewModelBuilder Views { get; }
    public ThemeAssets Assets { get; }
    public GitHistory History { get; }
    public SitePlan Plan { get; }
    /// <summary>Every page of the site, planned when first asked: a preview draws a saved entry's own page without them.</summary>
    public IReadOnlyList<PlannedPage> Pages => _pages.Value;
    private readonly Lazy<IReadOnlyList<PlannedPage>> _pages;

    /// <summary>The pages of the given entries themselves, planned without the rest.</summary>
    public IReadOnlyList<PlannedPage> PagesOf(IEnumerable<Entry> entries) => [.. entries.Where(SiteIndex.HasOwnPage).Select(Plan.PageOf)];
    public RenderStage Renderer { get; }

    /// <summary>Every file of the site that is not a page: styles, scripts, data, sitemap and schemas.</summary>
    public void WriteSupportFiles(ISiteSink sink)
    {
        sink.Write(Assets.Css.SitePath, Assets.Css.Content);
        sink.Write(Assets.Js.SitePath, Assets.Js.Content);
        sink.Write(Assets.Deck.SitePath, Assets.Deck.Content);
        WriteEntryData(sink);
        sink.Write("sitemap.xml", Sitemap.Xml(Index.Config, Pages.Where(p => !p.Meta.NoIndex).Select(p => p.SitePath)));
        sink.Write("robots.txt", Sitemap.Robots(Index.Config));
        sink.Write(Favicon.SitePath, Favicon.Svg(Index.Config.Title, [.. _relations.Ordered(EntryTypes.Dimension).Select(d => d.Id)]));
        foreach (var schema in JsonSchemaExport.All(Index.Model, Index.Config))
            sink.Write(schema.SitePath, schema.ToJson());
        sink.Write(CatalogueDataSchema.SitePath, CatalogueDataSchema.Json(Index.Model, Index.Config));
    }

    /// <summary>
    /// The pages' preview images, drawn (or taken from <paramref name="images"/>' cache) only when the site says where it is
    /// published: a page can name its image only at an absolute address.
    /// </summary>
    public int WriteSocialImages(ISiteSink sink, SocialImages images) => Index.Config.BaseUrlGiven
        ? images.Write(sink, [.. Pages.Where(p => p.Meta.Image is not null).Select(p => (SitePlan.ImagePathOf(p), p.Meta.Image!))])
        : 0;

    /// <summary>The files made from the entries themselves: any change to an entry may alter them, so the preview rewrites them every time.</summary>
    public void WriteEntryData(ISiteSink sink)
    {
        sink.Write(SearchData.SitePath, SearchData.Json(Index));
        sink.Write(SearchData.SourcesSitePath, SearchData.SourcesJson(Index));
        sink.Write(WorkshopBlocks.SitePath, WorkshopBlocks.Json(Index, _relations));
        sink.Write(CatalogueData.SitePath, stream => CatalogueData.Write(stream, Index, _catalogue.Graph, _relations));
        foreach (var table in CsvTables.All(Index))
            sink.Write(table.SitePath, table.Text);
        var ids = Index.Entries.ToLookup(e => e.Kind.Name, e => e.Id);
        foreach (var schema in JsonSchemaExport.ForEditors(Index.Model, Index.Config, type => ids[type], Index.Sources.Select(s => s.Id)))
            sink.Write(schema.SitePath, schema.ToJson());
    }
}
