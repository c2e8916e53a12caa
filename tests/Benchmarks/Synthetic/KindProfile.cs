using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Benchmarks.Synthetic;

/// <summary>An inclusive range that a count is drawn from.</summary>
internal readonly record struct Span(int Min, int Max)
{
    public int Draw(Random random) => random.Next(Min, Max + 1);
}

/// <summary>One `##` section of a body, written as paragraphs or as a bullet list.</summary>
internal sealed record Section(string Heading, bool Bullets = false);

/// <summary>
/// The shape of one kind's entries: mean body length in words, wikilinks and citations per 100 body words,
/// how many sources and related entries it lists, and its body sections. The figures were measured on
/// content/ at commit d8790d6 (links and citations in bodies only; front-matter text carries its own).
/// </summary>
internal sealed record KindProfile(int BodyWords, double LinksPer100Words, double CitationsPer100Words, Span Sources, Span Related, IReadOnlyList<Section> Sections)
{
    private static readonly Span None = new(0, 0);

    public static KindProfile For(EntryType kind) => kind switch
    {
        var t when t == EntryTypes.Dimension => new(391, 2.05, 3.92, new(2, 4), None,
            [new("What it covers"), new("The practices it groups"), new("Why it matters"), new("Where the idea comes from")]),
        var t when t == EntryTypes.Practice => new(432, 1.85, 3.51, new(1, 3), new(3, 5), Required(kind, firstBulleted: 2)),
        var t when t == EntryTypes.Capability => new(437, 1.11, 2.71, new(2, 3), None, Required(kind, firstBulleted: 1)),
        var t when t == EntryTypes.Case => new(745, 1.24, 2.55, new(1, 2), None,
            [new("The story"), new("What made it work", Bullets: true), new("How to read this case")]),
        var t when t == EntryTypes.Concept => new(189, 2.15, 3.36, new(1, 3), new(3, 7),
            [new("What it means"), new("Where it shows up"), new("Why it matters")]),
        var t when t == EntryTypes.Framework => new(623, 0.83, 2.82, new(1, 2), new(5, 9),
            [new("What it is"), new("How practitioners can use it", Bullets: true), new("Limits")]),
        var t when t == EntryTypes.Challenge => new(230, 1.56, 2.92, new(1, 2), new(3, 7),
            [new("What goes wrong"), new("Why it happens"), new("What to do")]),
        // The real pages cite 2.2 times per 100 words, but pages list no sources, so these cite nothing.
        var t when t == EntryTypes.Page => new(333, 5.21, 0, None, None,
            [new("Overview"), new("How it is organized", Bullets: true), new("Where to start")]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The sections the validator demands, in its order, so a schema change reaches the generator too.</summary>
    private static Section[] Required(EntryType kind, int firstBulleted) =>
        kind.RequiredSections.Select((heading, i) => new Section(heading, Bullets: i >= firstBulleted)).ToArray();
}
