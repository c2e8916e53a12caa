using System.Globalization;
using Catalogue.Model;
using Catalogue.Output;
using Catalogue.Pipeline.History;
using Catalogue.Pipeline.Link;
using Catalogue.Rendering.Pictures;
using Catalogue.Theme.Models;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Rendering;

/// <summary>Turns entries, the link graph and the history into the plain view models the theme components take.</summary>
/// <param name="previous">The same catalogue before a change to the given entries, whose related-entry rankings still hold elsewhere.</param>
internal sealed class ViewModelBuilder(SiteIndex index, LinkGraph graph, GitHistory history, (ViewModelBuilder Views, IReadOnlySet<string> Changed)? previous = null)
{
    private readonly EntryRelations _relations = new(index, graph);

    private static readonly Html NoHtml = new("");

    /// <summary>How many related entries an entry page shows.</summary>
    public const int RelatedCount = 6;

    /// <summary>Related entries ranked from the link graph; free pages are never suggested.</summary>
    public RelatedRanker Related { get; } = previous is var (views, changed)
        ? views.Related.After(graph, Suggestible(index), changed)
        : new(graph, Suggestible(index));

    private static Func<string, bool> Suggestible(SiteIndex index) => id => index.Find(id) is { Kind.IsPage: false };

    public LinkView LinkOf(Entry entry) => new(index.UrlOf(entry), entry.Title, entry.Kind.Name, entry.Summary);

    private IEnumerable<LinkView> Links(IEnumerable<string> ids) =>
        ids.Select(index.Find).OfType<Entry>().Select(LinkOf);

    public SourceView SourceOf(Source source) =>
        new(source.Id, index.UrlOf(source), source.ShortLabel, new Html(ReferenceFormatter.Format(source)));

    /// <summary>The entry's Markdown as the build's HTML stage rendered and checked it.</summary>
    private static EntryHtml HtmlOf(Entry entry) =>
        entry.Html ?? throw new InvalidOperationException($"{entry.File} has no HTML: the build's HTML stage has not run");

    /// <summary>HTML of an inline-Markdown field value, rendered from the tree the link stage resolved.</summary>
    private Html Inline(Entry entry, Value? value) =>
        value is TextValue text && HtmlOf(entry).Fields.TryGetValue(text, out var html)
            ? new Html(html)
            : value is TextValue plain ? new Html(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(plain.Text)) : NoHtml;

    private IReadOnlyList<Html> InlineList(Entry entry, string field) => InlineList(entry, entry.Fields, field);

    private IEnumerable<Entry> Ordered(IEnumerable<Entry> entries) => _relations.Ordered(entries);

    public EntryView EntryOf(Entry entry)
    {
        var f = entry.Fields;
        return new EntryView(
            entry.Id,
            entry.Kind.Name,
            KindLabel(entry),
            entry.Title,
            entry.Summary,
            f.Texts("aka").ToList(),
            f.Texts("tags").ToList(),
            new Html(HtmlOf(entry).Body),
            entry.SourceIds.Select(id => index.SourcesById.GetValueOrDefault(id)).OfType<Source>().Select(SourceOf).ToList(),
            graph.LinksTo(entry.Id).Select(index.Find).OfType<Entry>()
                .OrderBy(e => e.Kind.Order).ThenBy(e => e.Title, StringComparer.OrdinalIgnoreCase).Select(LinkOf).ToList(),
            RelatedTo(entry),
            f.Texts("contributors").ToList(),
            f.Text("license"),
            f.Text("attribution"),
            index.Config.Repository is { } repo ? $"{repo}/edit/{index.Config.Branch}/content/{entry.RelativePath}" : null,
            history.Of(entry.RelativePath) is { } change ? LastChangeOf(change) : null,
            FacetsOf(entry),
            entry.Kind.WorkshopBlock ? index.Url(SitePlan.WorkshopPath) : null);
    }

    /// <summary>The date as the author's clock showed it, so a change is dated where it was made.</summary>
    private static LastChangeView LastChangeOf(LastChange change) => new(
        change.Date.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        change.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        change.Author);

    private IReadOnlyList<RelatedView> RelatedTo(Entry entry) =>
        Related.For(entry.Id, RelatedCount).Select(r => new RelatedView(LinkOf(index.Find(r.Id)!),
            r.Shared.Take(3).Select(NameOf).OfType<string>().ToList())).ToList();

    private string? NameOf(SharedNeighbour shared) => shared.IsSource
        ? index.SourcesById.GetValueOrDefault(shared.Id)?.ShortLabel
        : index.Find(shared.Id)?.Title;

    /// <summary>What search and list pages filter on, in the order they show the filters.</summary>
    public static readonly string[] FacetNames = [TypeFacet, "dimension", "practice", "capability", SessionFacets.Duration, SessionFacets.Group, "industry", TagFacet];
    private const string TypeFacet = "type";
    private const string TagFacet = "tag";

    /// <summary>Search filters: an entry is found under the dimensions, practices, capabilities and industry it involves,
    /// and a session under its length and group size.</summary>
    private IReadOnlyList<Facet> FacetsOf(Entry entry)
    {
        var f = entry.Fields;
        string? TitleOf(string? id) => id is null ? null : index.Find(id)?.Title;
        var practices = entry.Kind switch
        {
            var t when t == EntryTypes.Practice => [entry.Id],
            var t when t == EntryTypes.Case => f.Objects("practices").Select(p => p.Ref("practice")).OfType<string>(),
            _ => f.Refs("practices"),
        };
        var dimensions = entry.Kind == EntryTypes.Dimension ? [entry.Title]
            : practices.Select(p => TitleOf(index.Find(p)?.Fields.Ref("dimension")));
        var capabilities = entry.Kind == EntryTypes.Capability ? [entry.Title]
            : f.Objects("capabilities").Select(c => TitleOf(c.Ref("capability"))).Concat(f.Refs("capabilities").Select(TitleOf));
        return new[] { new Facet(TypeFacet, entry.Kind.Title) }
            .Concat(dimensions.OfType<string>().Distinct().Order().Select(d => new Facet("dimension", d)))
            .Concat(entry.Kind == EntryTypes.Practice ? [] : practices.Select(TitleOf).OfType<string>().Distinct().Order().Select(p => new Facet("practice", p)))
            .Concat(capabilities.OfType<string>().Distinct().Order().Select(c => new Facet("capability", c)))
            .Concat(SessionFacets.Of(entry))
            .Concat(f.Text("industry") is { } industry ? [new Facet("industry", industry)] : [])
            .Concat(f.Texts("tags").Distinct().Order().Select(t => new Facet(TagFacet, t)))
            .ToList();
    }

    /// <summary>What an entry is, as its page, card and preview image say: a practice names its dimension.</summary>
    public string KindLabel(Entry entry) =>
        entry.Kind == EntryTypes.Practice && entry.Fields.Ref("dimension") is { } d && index.Find(d) is { } dim ? $"{dim.Title} practice" : entry.Kind.Label;

    public PracticeView PracticeOf(Entry practice)
    {
        var dimension = index.Find(practice.Fields.Ref("dimension") ?? "") is { } d ? LinkOf(d) : new LinkView("", "", "dimension", "");
        var capabilities = _relations.CapabilitiesOf(practice)
            .Select(c => new CapabilityUse(LinkOf(c.Entry), Inline(practice, c.Row["how"])))
            .ToList();
        var cases = _relations.CasesUsing(practice)
            .Select(c => new CaseUse(LinkOf(c.Entry), InlineList(c.Entry, c.Row, "activities"), c.Row.Flag("interpretation"), ReasonOf(c.Entry, c.Row)))
            .ToList();
        var workshop = WorkshopAdvice.Of(practice) is { } w
            ? new Workshop(w.Duration.Min, w.Duration.Max, w.GroupSize.Min, w.GroupSize.Max, w.Difficulty, w.Materials, w.Steps.Select(s => Inline(practice, s)).ToList())
            : null;
        return new PracticeView(EntryOf(practice), dimension, capabilities, cases, workshop, [.. _relations.MethodsFor(practice).Select(LinkOf)]);
    }

    /// <summary>Why a case's row is the catalogue's reading, or null when the row is the source's own.</summary>
    private Html? ReasonOf(Entry @case, ObjectValue row) =>
        row.Flag("interpretation") && row["reason"] is TextValue ? Inline(@case, row["reason"]) : null;

    private IReadOnlyList<Html> InlineList(Entry entry, ObjectValue row, string field) =>
        row.List(field).Select(v => Inline(entry, v)).ToList();

    public CapabilityView CapabilityOf(Entry capability)
    {
        var definition = capability.Fields["definition_source"] is SourceReferenceValue s && index.SourcesById.TryGetValue(s.Id, out var source)
            ? SourceOf(source) : null;
        var practices = _relations.PracticesUnderpinnedBy(capability)
            .Select(p => new PracticeUse(LinkOf(p.Entry), Inline(p.Entry, p.Row["how"])))
            .ToList();
        var cases = _relations.CasesEvidencing(capability)
            .Select(c => new CaseEvidence(LinkOf(c.Entry), Inline(c.Entry, c.Row["evidence"]), c.Row.Flag("interpretation"), ReasonOf(c.Entry, c.Row)))
            .ToList();
        return new CapabilityView(EntryOf(capability), definition, practices, cases);
    }

    public CaseView CaseOf(Entry @case)
    {
        var f = @case.Fields;
        var facts = new List<CaseFact>();
        void Fact(string label, string field)
        {
            if (f[field] is { } value) facts.Add(new CaseFact(label, Inline(@case, value)));
        }
        Fact("Organization", "organization");
        Fact("Industry", "industry");
        Fact("Region", "region");
        Fact("Period", "period");
        Fact("What was co-created", "offering");
        Fact("Compelling event", "compelling_event");

        var rows = _relations.MatrixOf(@case).ToList();
        var matrix = _relations.Ordered(EntryTypes.Dimension)
            .Select(dimension => new MatrixGroup(LinkOf(dimension), rows
                .Where(r => r.Entry.Fields.Ref("dimension") == dimension.Id)
                .Select(r => new MatrixRow(LinkOf(r.Entry), InlineList(@case, r.Row, "activities"), r.Row.Flag("interpretation"), ReasonOf(@case, r.Row)))
                .ToList()))
            .Where(g => g.Rows.Count > 0)
            .ToList();
        var capabilities = _relations.CapabilitiesOf(@case)
            .OrderBy(c => c.Entry.Fields.Integer("order") ?? int.MaxValue)
            .Select(c => new CapabilityEvidence(LinkOf(c.Entry), Inline(@case, c.Row["evidence"]), c.Row.Flag("interpretation"), ReasonOf(@case, c.Row)))
            .ToList();
        return new CaseView(EntryOf(@case), facts, matrix, capabilities, InlineList(@case, "outcomes"), [.. _relations.MethodsSeenAt(@case).Select(LinkOf)], StripOf(@case));
    }

    /// <summary>The practices as the pictures' columns, dimension by dimension.</summary>
    private IReadOnlyList<PracticeColumn> PracticeColumns() => [.. _relations.Ordered(EntryTypes.Dimension)
        .SelectMany(d => _relations.PracticesIn(d).Select(p => new PracticeColumn(p.Id, p.Title, d.Id, d.Title)))];

    /// <summary>A mark per practice the case's matrix has rows for; a practice named twice counts all its activities.</summary>
    private IReadOnlyDictionary<string, PracticeMark> MarksOf(Entry @case) => _relations.MatrixOf(@case)
        .GroupBy(r => r.Entry.Id)
        .ToDictionary(g => g.Key, g => new PracticeMark(g.Sum(r => r.Row.List("activities").Count()), g.Any(r => r.Row.Flag("interpretation"))));

    private PracticeStripView StripOf(Entry @case)
    {
        var marks = MarksOf(@case);
        var practices = _relations.PracticesByDimension().ToList();
        return new PracticeStripView(new Html(PracticeStrip.Of(@case.Title, PracticeColumns(), marks)),
            [.. practices.Where(p => marks.ContainsKey(p.Id)).Select(LinkOf)], [.. practices.Where(p => !marks.ContainsKey(p.Id)).Select(LinkOf)]);
    }

    /// <summary>The model diagram with its table: each practice, its dimension and the capabilities it rests on.</summary>
    private ModelView ModelOf()
    {
        var rows = _relations.Ordered(EntryTypes.Dimension)
            .SelectMany(d => _relations.PracticesIn(d).Select(p => (Dimension: d, Practice: p, Capabilities: _relations.CapabilitiesOf(p).Select(c => c.Entry).ToList())))
            .ToList();
        var capabilities = _relations.Ordered(EntryTypes.Capability);
        var diagram = ModelDiagram.Of(
            [.. rows.Select(r => new ModelPractice(new PracticeColumn(r.Practice.Id, r.Practice.Title, r.Dimension.Id, r.Dimension.Title), [.. r.Capabilities.Select(c => c.Id)]))],
            [.. capabilities.Select(c => new ModelCapability(c.Id, c.Title))]);
        return new ModelView(new Html(diagram), [.. rows.Select(r => new ModelRow(LinkOf(r.Dimension), LinkOf(r.Practice), [.. r.Capabilities.Select(LinkOf)]))]);
    }

    public MethodView MethodOf(Entry method)
    {
        var f = method.Fields;
        var guide = f.Object("guide")!;
        var session = MethodSession.Of(method)!;
        var roles = guide.Object("roles");
        var view = new MethodGuide(guide["covers"] is { } covers ? Inline(method, covers) : null, session.Minutes, session.GroupSize.Min, session.GroupSize.Max,
            new MethodRoles(roles?.Text("facilitator") ?? "", roles?.Text("customer") ?? "", roles?.Text("supplier") ?? ""),
            session.Materials, [.. session.Steps.Select(s => new MethodStep(s.Minutes, Inline(method, s.Do)))],
            session.Outputs, InlineList(method, guide, "pitfalls"), guide["remote"] is { } remote ? Inline(method, remote) : null);
        var seen = _relations.CasesSeenIn(method)
            .Select(s => (s.Entry, s.Row, Practice: index.Find(s.Row.Ref("practice") ?? "")))
            .Where(s => s.Practice is not null)
            .Select(s => new MethodSighting(LinkOf(s.Entry), LinkOf(s.Practice!), Inline(method, s.Row["what"]), s.Row.Flag("interpretation"), ReasonOf(method, s.Row)))
            .ToList();
        return new MethodView(EntryOf(method), Inline(method, f["when"]), Inline(method, f["produces"]),
            [.. Links(f.Refs("practices"))], [.. Links(f.Refs("capabilities"))], [.. Links(f.Refs("challenges"))], seen, view, SheetOf(method));
    }

    public WorkshopPlanView WorkshopPlanOf(Entry entry)
    {
        var plan = WorkshopPlan.Of(entry);
        var agenda = plan.Timed().Select(t => new PlanBlockView(BuilderAddress.Clock(t.Start), BuilderAddress.Clock(t.Start.AddMinutes(t.Block.Minutes)), t.Block.Minutes,
            t.Block.Id is { } id && index.Find(id) is { } target ? LinkOf(target) : null,
            t.Block.Kind == PlanBlockKind.Break ? "Break" : t.Block.Title ?? "", t.Block.Kind == PlanBlockKind.Break, t.Block.Notes.Length > 0 ? t.Block.Notes : null)).ToList();
        return new WorkshopPlanView(EntryOf(entry), agenda, WorkshopPlan.Duration(plan.TotalMinutes), plan.GroupSize.Min, plan.GroupSize.Max,
            Inline(entry, entry.Fields["why"]), index.Url(SitePlan.WorkshopPath) + "?" + BuilderAddress.Query(plan), BuilderAddress.Json(plan));
    }

    /// <summary>The ready-made plans, as /workshop/ lists them above the builder.</summary>
    public IReadOnlyList<PlanLinkView> PlanLinks() => [.. index.OfKind(EntryTypes.Workshop).OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase)
        .Select(e => new PlanLinkView(index.UrlOf(e), e.Title, e.Summary, WorkshopPlan.Duration(WorkshopPlan.Of(e).TotalMinutes)))];

    /// <summary>The method's printable sheet, when its entry has a template.</summary>
    public MethodSheet? SheetOf(Entry method) => method.Fields.Object("template") is { } t
        ? new MethodSheet(t.Text("title") ?? method.Title, t.Text("prompt"), [.. t.Texts("columns")], t.Integer("rows") ?? 1, index.Url(SitePlan.SheetPathOf(method)))
        : null;

    public SheetView SheetPageOf(Entry method) => new(LinkOf(method), SheetOf(method)!);

    public DimensionView DimensionOf(Entry dimension) => new(EntryOf(dimension), PracticesIn(dimension));

    private IReadOnlyList<LinkView> PracticesIn(Entry dimension) => _relations.PracticesIn(dimension).Select(LinkOf).ToList();

    public FrameworkView FrameworkOf(Entry framework) => new(EntryOf(framework),
        framework.Fields.Objects("elements").Select(e => new FrameworkElement(e.Text("name") ?? "", Inline(framework, e["description"]))).ToList());

    public ChallengeView ChallengeOf(Entry challenge) => new(EntryOf(challenge),
        InlineList(challenge, "mitigations"), Links(challenge.Fields.Refs("practices")).ToList());

    public HomeView HomeOf(IReadOnlyList<LinkView> sections)
    {
        var intro = index.Find("home") is { Kind.IsPage: true } home ? new Html(HtmlOf(home).Body) : NoHtml;
        return new HomeView(index.Config.Title, index.Config.Description, intro, DimensionSummaries(),
            _relations.Ordered(EntryTypes.Capability).Select(LinkOf).ToList(),
            _relations.Ordered(EntryTypes.Case).Select(LinkOf).ToList(),
            index.Find("home") is { Kind.IsPage: true } page && index.Find(page.Fields.Ref("featured") ?? "") is { } featured ? LinkOf(featured) : null,
            sections, ModelOf());
    }

    private IReadOnlyList<DimensionSummary> DimensionSummaries() =>
        _relations.Ordered(EntryTypes.Dimension).Select(d => new DimensionSummary(LinkOf(d), PracticesIn(d))).ToList();

    public ListView ListOf(EntryType kind)
    {
        IReadOnlyList<Entry> entries = kind.ListOrder == ListOrder.Alphabetical
            ? [.. index.OfKind(kind).OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase)]
            : _relations.Ordered(kind);
        IReadOnlyList<ListGroup> groups = kind.GroupBy is { } field
            ? GroupsBy(entries, field)
            : [new ListGroup(null, entries.Select(ItemOf).ToList())];
        return new ListView(index.TitleOf(kind), index.DescriptionOf(kind), groups, FiltersOf(groups.SelectMany(g => g.Items).ToList()));
    }

    /// <summary>Entries under the entries their reference field names, in those entries' reading order.</summary>
    private IReadOnlyList<ListGroup> GroupsBy(IReadOnlyList<Entry> entries, string field)
    {
        var byGroup = entries.ToLookup(e => e.Fields.Ref(field) ?? "", StringComparer.Ordinal);
        var groupTypes = entries.Select(e => e.Kind.Fields.FirstOrDefault(f => f.Name == field)?.Type).OfType<ReferenceType>()
            .SelectMany(r => r.Targets).Distinct().Select(index.Model.Named).OfType<EntryType>();
        return groupTypes.SelectMany(_relations.Ordered)
            .Select(g => new ListGroup(g.Title, byGroup[g.Id].Select(ItemOf).ToList()))
            .Where(g => g.Items.Count > 0).ToList();
    }

    /// <summary>
    /// The facets worth filtering a list on: those that tell some of its items apart from the others.
    /// Free tags are offered only where two items share them; a tag of one item is a search, not a filter.
    /// </summary>
    private static IReadOnlyList<ListFilter> FiltersOf(IReadOnlyList<ListItem> items) =>
        FacetNames.Where(name => name != TypeFacet)
            .Select(name => new ListFilter(name, items.SelectMany(i => i.Facets.Where(f => f.Name == name).Select(f => f.Value).Distinct())
                .GroupBy(v => v).Select(g => (g.Key, g.Count()))
                .Where(o => name != TagFacet || o.Item2 > 1)
                .OrderBy(o => o.Key, StringComparer.OrdinalIgnoreCase).ToList()))
            .Where(f => f.Options.Count > 1 || f.Options.Any(o => o.Count < items.Count))
            .ToList();

    private ListItem ItemOf(Entry entry)
    {
        var f = entry.Fields;
        IEnumerable<string?> facts = entry.Kind switch
        {
            var t when t == EntryTypes.Practice => [f.Object("workshop")?.Object("duration") is { } d ? $"{d.Integer("min")}–{d.Integer("max")} min workshop" : null],
            var t when t == EntryTypes.Challenge => [f.Refs("practices").Count() is var n and > 0 ? $"affects {n} practice{(n == 1 ? "" : "s")}" : null],
            var t when t == EntryTypes.Method => [MethodSession.Of(entry) is { } s ? $"{s.Minutes} min, {s.GroupSize} people" : null],
            _ => entry.Kind.ListFacts.Select(f.Text),
        };
        return new ListItem(LinkOf(entry), facts.OfType<string>().ToList(), FacetsOf(entry).Where(f => f.Name != TypeFacet).ToList());
    }

    public BibliographyView Bibliography() => new(index.Sources
        .OrderBy(s => s.Authors.FirstOrDefault() ?? s.Id, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Year)
        .Select(s => new BibliographyItem(SourceOf(s), ReferenceFormatter.Link(s), Links(graph.EntriesCiting(s.Id)).ToList()))
        .ToList());

    /// <summary>Dimension → practice, practice × case (what each case did) and practice × capability (how, and which cases show both).</summary>
    public MatrixPageView Matrices()
    {
        var practices = _relations.Ordered(EntryTypes.Dimension)
            .SelectMany(d => _relations.PracticesIn(d).Select(p => (Practice: p, Dimension: d.Title)))
            .ToList();
        var cases = _relations.Ordered(EntryTypes.Case);
        var capabilities = _relations.Ordered(EntryTypes.Capability);

        var byCase = practices.Select(p =>
        {
            var rowsOf = _relations.CasesUsing(p.Practice).ToLookup(r => r.Entry);
            return new CrossRow(LinkOf(p.Practice), p.Dimension, cases.Select(c =>
            {
                var rows = rowsOf[c].ToList();
                return new MatrixCell(rows.SelectMany(r => InlineList(c, r.Row, "activities")).ToList(), rows.Any(r => r.Row.Flag("interpretation")), [],
                    rows.Select(r => ReasonOf(c, r.Row)).FirstOrDefault(reason => reason is not null));
            }).ToList());
        }).ToList();

        var byCapability = practices.Select(p =>
        {
            var casesUsing = _relations.CasesUsing(p.Practice).Select(r => r.Entry).ToHashSet();
            return new CrossRow(LinkOf(p.Practice), p.Dimension, capabilities.Select(cap =>
            {
                var how = p.Practice.Fields.Objects("capabilities").Where(c => c.Ref("capability") == cap.Id).Select(c => Inline(p.Practice, c["how"])).ToList();
                var evidencedIn = _relations.CasesEvidencing(cap).Select(r => r.Entry).Distinct().Where(casesUsing.Contains).Select(LinkOf).ToList();
                return new MatrixCell(how, false, evidencedIn);
            }).ToList());
        }).ToList();

        return new MatrixPageView(DimensionSummaries(), [
            new CrossTable("practice-by-case", "What each case did in each practice", "Practice", cases.Select(LinkOf).ToList(), byCase),
            new CrossTable("practice-by-capability", "How each capability underpins each practice, and the cases that show both", "Practice", capabilities.Select(LinkOf).ToList(), byCapability),
        ], new Html(HeatMap.Of(PracticeColumns(), [.. cases.Select(c => new PracticeGridRow(c.Title, index.UrlOf(c), MarksOf(c)))])));
    }
}
