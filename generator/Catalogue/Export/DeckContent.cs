using System.Globalization;
using Catalogue.Markdown;
using Catalogue.Model;
using Catalogue.Output;
using Catalogue.Pipeline.Link;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Export;

/// <summary>
/// What a workshop's deck says, slide by slide: a title slide, the agenda, a slide per entry (a practice's
/// summary, steps and capabilities; a case's practice matrix; …) and the references, all as plain text.
/// </summary>
internal sealed class DeckContent(SiteIndex index, EntryRelations relations)
{
    public IReadOnlyList<SlideContent> Slides(DeckRequest request)
    {
        var entries = request.Blocks.Select(b => (Block: b, Entry: index.Find(b.Id) ?? throw new DeckRequestException($"unknown entry '{b.Id}'"))).ToList();
        return
        [
            Cover(request),
            Agenda(request, entries),
            .. entries.Select(e => EntrySlide(e.Entry)),
            References(entries.Select(e => e.Entry)),
        ];
    }

    private SlideContent Cover(DeckRequest request)
    {
        var details = new List<string> { index.Config.Title };
        if (request.Start is { } start) details.Add($"Starts at {Clock(start)}" + (request.GroupSize is { } n ? $" · {n} participants" : ""));
        details.Add(index.Config.BaseUrl.ToString());
        return new SlideContent(request.Title ?? "Co-creation workshop", [], SlideLayouts.Colour(""), string.Join("\n", details));
    }

    /// <summary>A workshop's agenda has clock times (a block without minutes gets the builder's default); a list of entries has none.</summary>
    private SlideContent Agenda(DeckRequest request, IReadOnlyList<(DeckBlock Block, Entry Entry)> entries)
    {
        var at = request.Start ?? new TimeOnly(9, 0);
        var items = entries.Select(e =>
        {
            if (request.Start is null && e.Block.Minutes is null) return new SlideText($"{e.Entry.Title} ({e.Entry.Kind.Name})", TextStyle.Bullet);
            var minutes = e.Block.Minutes ?? WorkshopBlocks.DefaultMinutes(e.Entry);
            var from = at;
            at = at.AddMinutes(minutes);
            return new SlideText($"{Clock(from)}–{Clock(at)}  {e.Entry.Title} ({e.Entry.Kind.Name}, {minutes} min)", TextStyle.Bullet);
        });
        return new SlideContent("Agenda", [.. items], SlideLayouts.Colour(""));
    }

    private SlideContent EntrySlide(Entry entry) => entry.Kind switch
    {
        var t when t == EntryTypes.Practice => Practice(entry),
        var t when t == EntryTypes.Capability => Capability(entry),
        var t when t == EntryTypes.Case => Case(entry),
        var t when t == EntryTypes.Method => Method(entry),
        _ => Other(entry),
    };

    private SlideContent Practice(Entry practice)
    {
        List<SlideText> body = [new(practice.Summary, TextStyle.Lead)];
        if (WorkshopAdvice.Of(practice) is { } advice)
        {
            body.Add(new($"Workshop: {advice.Duration} min · {advice.GroupSize} people · {advice.Difficulty} (the catalogue's advice)", TextStyle.Facts));
            body.Add(new("Steps", TextStyle.Heading));
            body.AddRange(advice.Steps.Select((s, i) => new SlideText(PlainText.Of(practice, s)!, TextStyle.Step, i + 1)));
        }
        body.AddRange(Named("Capabilities behind it", relations.CapabilitiesOf(practice).Select(r => r.Entry)));
        return new SlideContent(practice.Title, body, SlideLayouts.Colour(practice.Fields.Ref("dimension") ?? ""));
    }

    /// <summary>A method as an exercise: its session minute by minute, marked as the catalogue's advice, and where the sources show it.</summary>
    private SlideContent Method(Entry method)
    {
        List<SlideText> body = [new(method.Summary, TextStyle.Lead)];
        if (MethodSession.Of(method) is { } session)
        {
            body.Add(new($"Session: {session.Minutes} min · {session.GroupSize} people (the catalogue's advice)", TextStyle.Facts));
            body.Add(new("Steps", TextStyle.Heading));
            body.AddRange(PlainText.TimedSteps(method, session).Select((s, i) => new SlideText(s, TextStyle.Step, i + 1)));
        }
        body.AddRange(Named("Seen at", relations.CasesSeenIn(method).Select(r => r.Entry).Distinct()));
        return new SlideContent(method.Title, body, SlideLayouts.Colour("method"));
    }

    private SlideContent Capability(Entry capability) => new(capability.Title,
        [
            new(capability.Summary, TextStyle.Lead),
            .. Named("Practices it underpins", relations.PracticesUnderpinnedBy(capability).Select(r => r.Entry).Distinct()),
            .. Named("Cases", relations.CasesIllustrating(capability)),
        ],
        SlideLayouts.Colour("capability"));

    /// <summary>A case's practice matrix: each practice it shows, with what the organization did in it.</summary>
    private SlideContent Case(Entry @case)
    {
        var f = @case.Fields;
        List<SlideText> body = [new(@case.Summary, TextStyle.Lead)];
        var facts = string.Join(" · ", new[] { f.Text("industry"), f.Text("region"), f.Text("period") }.OfType<string>());
        if (facts.Length > 0) body.Add(new(facts, TextStyle.Facts));
        foreach (var row in relations.MatrixOf(@case))
        {
            body.Add(new(row.Entry.Title + (row.Row.Flag("interpretation") ? " (the catalogue's reading)" : ""), TextStyle.Heading));
            body.AddRange(row.Row.List("activities").Select(a => new SlideText(PlainText.Of(@case, a)!, TextStyle.Bullet)));
        }
        return new SlideContent(@case.Title, body, SlideLayouts.Colour("case"));
    }

    private SlideContent Other(Entry entry) => new(entry.Title,
        [new(entry.Summary, TextStyle.Lead), .. Named("Cases", relations.CasesIllustrating(entry))],
        SlideLayouts.Colour(""));

    private SlideContent References(IEnumerable<Entry> entries) => new("References",
        [.. entries.SelectMany(relations.SourcesOf).Distinct()
            .OrderBy(s => s.Authors.FirstOrDefault() ?? s.Id, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Year)
            .Select(s => new SlideText(ReferenceFormatter.PlainText(s), TextStyle.Reference)),
         new($"Slides made from the {index.Config.Title} ({index.Config.BaseUrl}), {index.Config.License}.", TextStyle.Facts)],
        SlideLayouts.Colour(""));

    private static IEnumerable<SlideText> Named(string heading, IEnumerable<Entry> entries)
    {
        var items = entries.Select(e => new SlideText(e.Title, TextStyle.Bullet)).ToList();
        return items.Count == 0 ? [] : items.Prepend(new SlideText(heading, TextStyle.Heading));
    }

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The blocks of a deck named by option, kind by kind, each id checked against its kind.</summary>
    public static IReadOnlyList<DeckBlock> Blocks(SiteIndex index, IEnumerable<(EntryType Kind, IReadOnlyList<string> Ids)> lists) =>
        lists.SelectMany(list => list.Ids.Select(id => index.Find(id) is { } entry && entry.Kind == list.Kind
            ? new DeckBlock(id, null)
            : throw new DeckRequestException(Unknown(index, id, list.Kind)))).ToList();

    public static string Unknown(SiteIndex index, string id, EntryType kind)
    {
        var hint = Catalogue.Diagnostics.Spelling.DidYouMean(id, index.OfKind(kind).Select(e => e.Id));
        return index.Find(id) is { } other
            ? $"'{id}' is a {other.Kind.Name}, not a {kind.Name}" + (hint is null ? "" : $" ({hint})")
            : $"unknown {kind.Name} '{id}'" + (hint is null ? "" : $" ({hint})");
    }
}
