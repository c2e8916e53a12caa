using Catalogue.Markdown;
using Catalogue.Model;
using Catalogue.Pipeline.Link;
using Catalogue.Theme.Models;

namespace Catalogue.Rendering;

/// <summary>A paper size the cards print on; each has its own page, since only CSS can set the size of a printed page.</summary>
internal sealed record CardSize(string Id, string Label, string SitePath)
{
    public static readonly IReadOnlyList<CardSize> All =
    [
        new("a6", "A6", "cards/"),
        new("a5", "A5", "cards/a5/"),
        new("letter", "US Letter", "cards/letter/"),
    ];
}

/// <summary>The practice cards: a card per practice and capability, and optionally per case.</summary>
internal sealed class CardDeckBuilder
{
    private readonly SiteIndex index;
    private readonly EntryRelations relations;
    private readonly Lazy<IReadOnlyList<CardSet>> _groups;

    public CardDeckBuilder(SiteIndex index, EntryRelations relations)
    {
        this.index = index;
        this.relations = relations;
        // The sizes print the same cards, QR codes and all; only the page around them differs.
        _groups = new(() =>
        [
            new("practices", "Practices", relations.PracticesByDimension().Select(PracticeCard).ToList(), Optional: false),
            new("capabilities", "Interaction capabilities", relations.Ordered(EntryKind.Capability).Select(CapabilityCard).ToList(), Optional: false),
            new("cases", "Cases", relations.Ordered(EntryKind.Case).Select(CaseCard).ToList(), Optional: true),
        ]);
    }

    public CardsView Deck(CardSize size) => new(
        index.Config.Title,
        size.Id,
        CardSize.All.Select(s => new CardSizeOption(s.Id, s.Label, index.Url(s.SitePath), s == size)).ToList(),
        _groups.Value);

    private CardView PracticeCard(Entry practice)
    {
        var dimension = index.Find(practice.Fields.Ref("dimension") ?? "");
        var advice = WorkshopAdvice.Of(practice);
        List<CardList> back = [];
        if (advice is not null)
            back.Add(new CardList("How to run it", advice.Steps.Select(s => PlainText.Of(practice, s)!).ToList(), Numbered: true));
        back.Add(Names("Cases", relations.CasesIllustrating(practice)));
        var facts = advice is null ? null : $"{advice.Duration} min · {advice.GroupSize} people · {advice.Difficulty}";
        return Card(practice, dimension?.Id ?? "practice", dimension is null ? "Practice" : $"{dimension.Title} practice", facts, back);
    }

    private CardView CapabilityCard(Entry capability) => Card(capability, "capability", "Interaction capability", null,
    [
        Names("Practices it underpins", relations.PracticesUnderpinnedBy(capability).Select(r => r.Entry).Distinct()),
        Names("Cases", relations.CasesIllustrating(capability)),
    ]);

    private CardView CaseCard(Entry @case)
    {
        var f = @case.Fields;
        var facts = string.Join(" · ", new[] { f.Text("industry"), f.Text("region"), f.Text("period") }.OfType<string>());
        return Card(@case, "case", "Case", facts.Length == 0 ? null : facts,
        [
            Names("Practices", relations.MatrixOf(@case).Select(r => r.Entry).Distinct()),
            Names("Capabilities", relations.CapabilitiesOf(@case).Select(r => r.Entry).Distinct()),
        ]);
    }

    private static CardList Names(string heading, IEnumerable<Entry> entries) =>
        new(heading, entries.Select(e => e.Title).ToList(), Numbered: false);

    private CardView Card(Entry entry, string theme, string kindLabel, string? facts, List<CardList> back)
    {
        // The QR code opens the published page, so a printed card leads back to the whole entry.
        var url = index.Config.Absolute(SiteIndex.PathOf(entry));
        return new CardView(entry.Id, theme, kindLabel, entry.Title, entry.Summary, facts,
            back.Where(l => l.Items.Count > 0).ToList(), new Html(QrSvg.Of(url, $"QR code: {url}")), url);
    }
}
