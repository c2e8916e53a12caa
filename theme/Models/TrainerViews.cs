namespace Catalogue.Theme.Models;

/// <summary>One of the paper sizes the cards print on, as a link to its page.</summary>
public sealed record CardSizeOption(string Id, string Label, string Url, bool Current);

/// <summary>A list on the back of a card: steps are numbered, names run on in one line.</summary>
public sealed record CardList(string Heading, IReadOnlyList<string> Items, bool Numbered);

/// <summary>A printable card: its front says what the entry is, its back how to use it, with a QR code to its page.</summary>
/// <param name="Theme">The colour of the card: a dimension id for a practice, else "capability" or "case".</param>
public sealed record CardView(string Id, string Theme, string KindLabel, string Title, string Summary, string? Facts, IReadOnlyList<CardList> Back, Html Qr, string Url);

/// <summary>The cards of one type; an optional set prints only when the visitor ticks it.</summary>
public sealed record CardSet(string Id, string Heading, IReadOnlyList<CardView> Cards, bool Optional);

/// <param name="Decks">Every deck, in the same size: the option that is current is this one.</param>
public sealed record CardsView(string SiteTitle, string Title, string Summary, string Size, IReadOnlyList<CardSizeOption> Sizes, IReadOnlyList<CardSizeOption> Decks, IReadOnlyList<CardSet> Sets);

/// <summary>A file of the data downloads and what it holds.</summary>
public sealed record DataFile(string Url, string Name, string Description);

public sealed record DataView(IReadOnlyList<DataFile> Files, string SchemaUrl, int SchemaVersion, string License, string? LicenseUrl, string Citation, string AboutUrl);

/// <param name="BlocksUrl">The builder's data: every entry a workshop can hold (workshop/blocks.json).</param>
/// <param name="Plans">The catalogue's ready-made plans, listed above the builder.</param>
public sealed record WorkshopView(string BlocksUrl, string CardsUrl, IReadOnlyList<PlanLinkView> Plans);

/// <summary>One row of a plan's agenda: an entry with its link, a break, or a block of the trainer's own.</summary>
/// <param name="Entry">The entry's link; null for a break or an own block, which have only a title.</param>
public sealed record PlanBlockView(string Start, string End, int Minutes, LinkView? Entry, string Title, bool IsBreak, string? Notes);

/// <param name="BuilderUrl">The workshop builder's address with this plan in its query, so it opens there.</param>
/// <param name="WorkshopJson">The plan as the builder's workshop object, for "Download slides".</param>
public sealed record WorkshopPlanView(EntryView Entry, IReadOnlyList<PlanBlockView> Agenda, string Total, int MinPeople, int MaxPeople, Html Why, string BuilderUrl, string WorkshopJson);

/// <summary>A ready-made plan as the workshop builder's page lists it.</summary>
public sealed record PlanLinkView(string Url, string Title, string Summary, string Total);
