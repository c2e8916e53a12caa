using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Output;
using Catalogue.Pipeline;
using Catalogue.Pipeline.History;
using Catalogue.Pipeline.Render;

namespace Catalogue.Rendering;

/// <summary>A loaded catalogue made ready to render: its page plan, theme assets and page frame.
/// A build renders all of it; the preview server renders only the pages a change affects.</summary>
public sealed class SiteModel
{
    public SiteModel(LoadedCatalogue catalogue, ThemeAssets assets, GitHistory history)
    {
        Index = catalogue.Index;
        Assets = assets;
        History = history;
        var views = new ViewModelBuilder(Index, catalogue.Graph, history);
        Plan = new SitePlan(Index, catalogue.Graph, views, new CardDeckBuilder(Index, new EntryRelations(Index, catalogue.Graph)));
        Pages = Plan.Pages().ToList();
        Renderer = new RenderStage(Index, Plan.Chrome(assets));
    }

    public SiteIndex Index { get; }
    public ThemeAssets Assets { get; }
    public GitHistory History { get; }
    public SitePlan Plan { get; }
    public IReadOnlyList<PlannedPage> Pages { get; }
    public RenderStage Renderer { get; }

    /// <summary>Every file of the site that is not a page: styles, scripts, data, sitemap and schemas.</summary>
    public void WriteSupportFiles(ISiteSink sink)
    {
        sink.Write(Assets.Css.SitePath, Assets.Css.Content);
        sink.Write(Assets.Js.SitePath, Assets.Js.Content);
        sink.Write(SearchData.SitePath, SearchData.Json(Index));
        sink.Write("sitemap.xml", Sitemap.Xml(Index.Config, Pages.Where(p => !p.Meta.NoIndex).Select(p => p.SitePath)));
        sink.Write("robots.txt", Sitemap.Robots(Index.Config));
        foreach (var schema in JsonSchemaExport.All(Index.Config))
            sink.Write(schema.SitePath, schema.ToJson());
    }
}
