using Catalogue.Markdown;
using Catalogue.Model;
using Catalogue.Pipeline.Link;
using Catalogue.Theme.Models;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Rendering;

/// <summary>A paper size the cards print on; each has its own page, since only CSS can set the size of a printed page.</summary>
/// <param name="Folder">Below the deck's folder: "" for the default size.</param>
internal sealed record CardSize(string Id, string Label, string Folder)
{
    public static readonly IReadOnlyList<CardSize> All =
    [
        new("a6", "A6", ""),
        new("a5", "A5", "a5/"),
        new("letter", "US Letter", "letter/"),
    ];
}

/// <summary>A deck of cards with pages of its own, one per size: each stays light enough to load and print quickly.</summary>
/// <param name="Summary">The page's introduction.</param>
/// <param name="Description">The page's description, for search engines and link previews.</param>
internal sealed record CardDeck(string Id, string Title, string Summary, string Description, string Folder)
{
    public static readonly CardDeck Practices = new("practices", "Practice cards",
        "A deck to print for workshops: each practice and capability on a card, its summary on the front and how to use it on the back, with a QR code that opens its page.",
        "Every practice and capability as a card to print, with how to run it and a QR code to its page.",
        "cards/");

    public static readonly CardDeck Methods = new("methods", "Method cards",
        "A deck to print for workshops: each method on a card, its summary on the front and its session minute by minute on the back (our advice, not the sources'), with a QR code that opens its page.",
        "Every method as a card to print, with its session minute by minute and a QR code to its page.",
        "cards/methods/");

    public static readonly IReadOnlyList<CardDeck> All = [Practices, Methods];

    public string SitePath(CardSize size) => Folder + size.Folder;
}

/// <summary>The cards: a card per practice and capability, and optionally per case; and a deck of a card per method.</summary>
internal sealed class CardDeckBuilder
{
    private readonly SiteIndex index;
    private readonly EntryRelations relations;
    private readonly Lazy<IReadOnlyList<CardSet>> _practices;
    private readonly Lazy<IReadOnlyList<CardSet>> _methods;

    public CardDeckBuilder(SiteIndex index, EntryRelations relations)
    {
        this.index = index;
        this.relations = relations;
        // The sizes print the same cards, QR codes and all; only the page around them differs.
        _methods = new(() =>
        [
            new("methods", "Methods", index.OfKind(EntryTypes.Method).OrderBy(m => m.Title, StringComparer.OrdinalIgnoreCase).Select(MethodCard).ToList(), Optional: false),
        ]);
        _practices = new(() =>
        [
            new("practices", "Practices", relations.PracticesByDimension().Select(PracticeCard).ToList(), Optional: false),
            new("capabilities", "Interaction capabilities", relations.Ordered(EntryTypes.Capability).Select(CapabilityCard).ToList(), Optional: false),
            new("cases", "Cases", relations.Ordered(EntryTypes.Case).Select(CaseCard).ToList(), Optional: true),
        ]);
    }

    /// <summary>The decks with cards to print: the method deck only where there are methods.</summary>
    public IEnumerable<CardDeck> Decks => CardDeck.All.Where(d => d != CardDeck.Methods || index.OfKind(EntryTypes.Method).Any());

    public CardsView Deck(CardDeck deck, CardSize size) => new(
        index.Config.Title,
        deck.Title,
        deck.Summary,
        size.Id,
        CardSize.All.Select(s => new CardSizeOption(s.Id, s.Label, index.Url(deck.SitePath(s)), s == size)).ToList(),
        Decks.Select(d => new CardSizeOption(d.Id, d.Title, index.Url(d.SitePath(size)), d == deck)).ToList(),
        deck == CardDeck.Methods ? _methods.Value : _practices.Value);

    private CardView PracticeCard(Entry practice)
    {
        var dimension = index.Find(practice.Fields.Ref("dimension") ?? "");
        var advice = WorkshopAdvice.Of(practice);
        List<CardList> back = [];
        if (advice is not null)
            back.Add(new CardList("How to run it (our advice)", advice.Steps.Select(s => PlainText.Of(practice, s)!).ToList(), Numbered: true));
        back.Add(Rows("Cases", relations.CasesUsing(practice)));
        var facts = advice is null ? null : $"{advice.Duration} min · {advice.GroupSize} people · {advice.Difficulty} (our advice)";
        return Card(practice, dimension?.Id ?? "practice", dimension is null ? "Practice" : $"{dimension.Title} practice", facts, back);
    }

    /// <summary>A method's card: its session on the back, minute by minute, marked as the catalogue's advice, and the cases that show it.</summary>
    private CardView MethodCard(Entry method)
    {
        var session = MethodSession.Of(method);
        return Card(method, "method", "Method", session is null ? null : $"{session.Minutes} min · {session.GroupSize} people (our advice)",
        [
            new CardList("Steps (our advice)", session is null ? [] : PlainText.TimedSteps(method, session), Numbered: true),
            Rows("Seen at", relations.CasesSeenIn(method)),
        ]);
    }

    private CardView CapabilityCard(Entry capability) => Card(capability, "capability", "Interaction capability", null,
    [
        Names("Practices it underpins", relations.PracticesUnderpinnedBy(capability).Select(r => r.Entry).Distinct()),
        Rows("Cases", relations.CasesEvidencing(capability)),
    ]);

    private CardView CaseCard(Entry @case)
    {
        var f = @case.Fields;
        var facts = string.Join(" · ", new[] { f.Text("industry"), f.Text("region"), f.Text("period") }.OfType<string>());
        return Card(@case, "case", "Case", facts.Length == 0 ? null : facts,
        [
            Rows("Practices", relations.MatrixOf(@case)),
            Rows("Capabilities", relations.CapabilitiesOf(@case)),
        ]);
    }

    /// <summary>
    /// The entries of a case's rows, those that are the catalogue's reading starred, with the heading saying
    /// so. Only a star fits: a full card overflows with a word after each name, and has no room for the
    /// reasons, which its QR code's page gives.
    /// </summary>
    private static CardList Rows(string heading, IEnumerable<EntryRow> rows)
    {
        var entries = rows.GroupBy(r => r.Entry).Select(g => (g.Key.Title, Ours: g.Any(r => r.Row.Flag("interpretation")))).ToList();
        return new(entries.Any(e => e.Ours) ? heading + " (* our reading)" : heading,
            entries.Select(e => e.Ours ? e.Title + "*" : e.Title).ToList(), Numbered: false);
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
