using System.Text.RegularExpressions;
using Catalogue.Markdown;
using Catalogue.Model;
using Catalogue.Model.Types.Standard;
using Catalogue.Pipeline.Link;

namespace Catalogue.Output;

/// <summary>How a paragraph of a slide looks; the deck script (theme/assets/deck/deck.js) gives each its size and spacing.</summary>
internal enum TextStyle { Lead, Facts, Heading, Bullet, Step, Reference }

/// <summary>A paragraph of a slide; a step carries its number.</summary>
internal sealed record SlideText(string Text, TextStyle Style, int Number = 0);

/// <summary>What one slide says: a short body for the room, and the rest for the presenter in its notes.</summary>
/// <param name="Colour">The band at the top, as RGB hex: a practice's dimension, a capability's or a case's colour.</param>
/// <param name="MaxWords">More words than a slide usually holds, for an exercise's steps, which the room follows one at a time.</param>
internal sealed record SlideContent(string Title, IReadOnlyList<SlideText> Body, string Notes, string Colour, int? MaxWords = null);

/// <summary>
/// What each entry's slides say, defined once: the workshop builder's data carries them to the browser's
/// "Download slides", and `catalogue export deck` hands the same data to the same script. A slide shows
/// what the room needs (about forty words); the presenter's detail, the full steps and the evidence go in
/// the notes. Guidance is marked as the catalogue's wherever it shows.
/// </summary>
internal sealed partial class EntrySlides(EntryRelations relations)
{
    public const string Advice = "the catalogue's advice";

    /// <summary>An exercise's steps stay on one slide up to this many words (eight steps of a few words each).</summary>
    public const int ExerciseWords = 75;

    public IReadOnlyList<SlideContent> Of(Entry entry) => entry.Kind switch
    {
        var t when t == EntryTypes.Practice => Practice(entry),
        var t when t == EntryTypes.Method => Method(entry),
        var t when t == EntryTypes.Capability => [Capability(entry)],
        var t when t == EntryTypes.Case => [Case(entry)],
        _ => [Other(entry)],
    };

    private List<SlideContent> Practice(Entry practice)
    {
        var colour = Colour(practice.Fields.Ref("dimension") ?? "");
        var capabilities = relations.CapabilitiesOf(practice).Select(r => r.Entry.Title).ToList();
        List<SlideText> intro = [new(practice.Summary, TextStyle.Lead)];
        var notes = Notes(("Capabilities behind it", capabilities), ("Cases", relations.CasesIllustrating(practice).Select(c => c.Title)));
        if (WorkshopAdvice.Of(practice) is not { } advice) return [new(practice.Title, intro, notes, colour)];

        intro.Add(new($"Workshop: {advice.Duration} min · {advice.GroupSize} people · {advice.Difficulty} ({Advice})", TextStyle.Facts));
        var steps = advice.Steps.Select(s => PlainText.Of(practice, s)!).ToList();
        return
        [
            new(practice.Title, intro, notes, colour),
            new($"{practice.Title}: how to run it",
                [new($"Steps ({Advice})", TextStyle.Heading), .. steps.Select((s, i) => new SlideText(Short(s), TextStyle.Step, i + 1))],
                Guide(steps, advice.Materials), colour, ExerciseWords),
        ];
    }

    /// <summary>A method as an exercise: what it is, then the session minute by minute, with the guide in the notes.</summary>
    private List<SlideContent> Method(Entry method)
    {
        var colour = Colour("method");
        var cases = relations.CasesSeenIn(method).Select(r => r.Entry.Title).Distinct();
        List<SlideText> intro = [new(method.Summary, TextStyle.Lead)];
        var when = method.Fields.Text("when");
        var notes = string.Join("\n\n", new[] { when is null ? null : $"When to use it: {when}", Notes(("Seen at", cases)) }.Where(n => !string.IsNullOrEmpty(n)));
        if (MethodSession.Of(method) is not { } session) return [new(method.Title, intro, notes, colour)];

        intro.Add(new($"Session: {session.Minutes} min · {session.GroupSize} people ({Advice})", TextStyle.Facts));
        var steps = session.Steps.Select(s => (s.Minutes, Text: PlainText.Of(method, s.Do) ?? "")).ToList();
        return
        [
            new(method.Title, intro, notes, colour),
            new($"Exercise: {method.Title}",
                [new($"Steps with minutes ({Advice})", TextStyle.Heading), .. steps.Select((s, i) => new SlideText($"{s.Minutes} min · {Short(s.Text)}", TextStyle.Step, i + 1))],
                Guide([.. steps.Select(s => $"{s.Minutes} min: {s.Text}")], session.Materials, session.Outputs), colour, ExerciseWords),
        ];
    }

    private SlideContent Capability(Entry capability) => new(capability.Title,
        [new(capability.Summary, TextStyle.Lead)],
        Notes(("Practices it underpins", relations.PracticesUnderpinnedBy(capability).Select(r => r.Entry.Title).Distinct()),
              ("Cases", relations.CasesIllustrating(capability).Select(c => c.Title))),
        Colour("capability"));

    /// <summary>A case as a short story: what happened, where and when; what it did in each practice is in the notes.</summary>
    private SlideContent Case(Entry @case)
    {
        var f = @case.Fields;
        List<SlideText> body = [new(@case.Summary, TextStyle.Lead)];
        var facts = string.Join(" · ", new[] { f.Text("industry"), f.Text("region"), f.Text("period") }.OfType<string>());
        if (facts.Length > 0) body.Add(new(facts, TextStyle.Facts));
        var rows = relations.MatrixOf(@case).Select(row =>
            $"{row.Entry.Title}" + (row.Row.Flag("interpretation") ? " (the catalogue's reading, not the paper's)" : "") + ": "
            + string.Join(" ", row.Row.List("activities").Select(a => PlainText.Of(@case, a))));
        return new SlideContent(@case.Title, body, string.Join("\n", ["What the case did, practice by practice:", .. rows]), Colour("case"));
    }

    private SlideContent Other(Entry entry) => new(entry.Title,
        [new(entry.Summary, TextStyle.Lead)],
        Notes(("Cases", relations.CasesIllustrating(entry).Select(c => c.Title))),
        Colour(""));

    /// <summary>The presenter's guide: every step in full, what to bring and what comes out, marked as advice.</summary>
    private static string Guide(IReadOnlyList<string> steps, IReadOnlyList<string> materials, IReadOnlyList<string>? outputs = null)
    {
        var lines = new List<string> { $"Facilitation guide ({Advice}, not from the research):" };
        lines.AddRange(steps.Select((s, i) => $"{i + 1}. {s}"));
        if (materials.Count > 0) lines.Add($"Materials: {string.Join(", ", materials)}.");
        if (outputs is { Count: > 0 }) lines.Add($"What comes out: {string.Join(", ", outputs)}.");
        return string.Join("\n", lines);
    }

    private static string Notes(params (string Heading, IEnumerable<string> Items)[] lists) =>
        string.Join("\n", lists.Select(l => (l.Heading, Items: l.Items.ToList())).Where(l => l.Items.Count > 0)
            .Select(l => $"{l.Heading}: {string.Join(", ", l.Items)}."));

    /// <summary>
    /// A step as the room reads it: up to its first comma, semicolon, colon or bracket when that leaves a few
    /// words, and at most <see cref="ShortWords"/> words; the notes keep it whole.
    /// </summary>
    public static string Short(string step)
    {
        var text = step.Trim().TrimEnd('.');
        if (Clause().Match(text) is { Success: true } m && m.Index > 0 && text[..m.Index].Split(' ').Length >= 3) text = text[..m.Index];
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= ShortWords ? text : string.Join(' ', words.Take(ShortWords)).TrimEnd(',', ';', ':') + "…";
    }

    private const int ShortWords = 8;

    [GeneratedRegex(@"[,;:]| \(| — | – ")]
    private static partial Regex Clause();

    /// <summary>A slide's band colour: the palette's light colour for the card theme, as the site and the pictures use it.</summary>
    public static string Colour(string theme) => Catalogue.Theme.Models.Palette.Of(theme).Light.TrimStart('#').ToUpperInvariant();
}
