using Catalogue.Model;
using Catalogue.Theme.Models;

namespace Catalogue.Rendering;

/// <summary>
/// The length and group size of a session as search filters, in a few bands a facilitator chooses between.
/// A session whose range spans bands is found under each. The labels sort longest or largest first.
/// </summary>
internal static class SessionFacets
{
    public const string Duration = "duration";
    public const string Group = "group-size";

    private static readonly (string Label, IntRange Band)[] Durations =
    [
        ("Short: up to 90 min", new(0, 90)),
        ("Medium: 2 to 3 hours", new(91, 180)),
        ("Long: half a day or more", new(181, int.MaxValue)),
    ];

    private static readonly (string Label, IntRange Band)[] Groups =
    [
        ("Small: up to 8 people", new(0, 8)),
        ("Medium: 9 to 15 people", new(9, 15)),
        ("Large: 16 people or more", new(16, int.MaxValue)),
    ];

    /// <summary>The bands of a method's session or a practice's workshop advice; none for other entries.</summary>
    public static IEnumerable<Facet> Of(Entry entry) => Session(entry) is var (minutes, people)
        ? Bands(Duration, Durations, minutes).Concat(Bands(Group, Groups, people))
        : [];

    private static (IntRange Minutes, IntRange People)? Session(Entry entry) =>
        MethodSession.Of(entry) is { } session ? (new IntRange(session.Minutes, session.Minutes), session.GroupSize)
        : WorkshopAdvice.Of(entry) is { } advice ? (advice.Duration, advice.GroupSize)
        : null;

    private static IEnumerable<Facet> Bands(string name, (string Label, IntRange Band)[] bands, IntRange range) =>
        bands.Where(b => range.Min <= b.Band.Max && range.Max >= b.Band.Min).Select(b => new Facet(name, b.Label));
}
