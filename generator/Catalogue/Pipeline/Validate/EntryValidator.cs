using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Model.Types.Standard;
using Catalogue.Scaffold;

namespace Catalogue.Pipeline.Validate;

/// <summary>Validate stage: the rules of the content model that no single field can check alone.</summary>
internal sealed class EntryValidator(DiagnosticBag diagnostics)
{
    /// <summary>Rules that look at one entry, once its body is parsed (the link stage parses it); safe to run in parallel.</summary>
    public void Validate(Entry entry)
    {
        if (!Ids.IsValid(entry.Id))
            diagnostics.Error(Codes.InvalidId, entry.Start, $"'{entry.Id}' is not a valid id (the file name is the id)",
                $"rename the file to '{SuggestId(entry.Id)}.md'; {Ids.Rule}");

        CheckSections(entry);
        CheckPlaceholders(entry);
        foreach (var range in entry.Fields.Descendants().OfType<ObjectValue>())
            if (range.Integer("min") is { } min && range.Integer("max") is { } max && min > max)
                diagnostics.Error(Codes.InvalidValue, range["min"]!.At, $"'min' ({min}) is larger than 'max' ({max})", "swap the two values");
        CheckReadings(entry);
        CheckTimings(entry);
        if (entry.Kind == EntryTypes.Workshop) CheckPlan(entry);
        new OriginRules(diagnostics).Check(entry);
    }

    /// <summary>A timed plan's steps must fill its duration exactly: trainers add the minutes up, and so does this check.</summary>
    private void CheckTimings(Entry entry)
    {
        foreach (var plan in entry.Fields.Descendants().OfType<ObjectValue>())
        {
            if (plan.Integer("duration") is not { } duration || !plan.Objects("steps").Any()) continue;
            var sum = plan.Objects("steps").Sum(s => s.Integer("minutes") ?? 0);
            if (sum != duration)
                diagnostics.Error(Codes.StepsDoNotAddUp, plan["duration"]!.At, $"the steps take {sum} minutes, but 'duration' says {duration}",
                    sum > duration ? $"shorten the steps by {sum - duration} minutes, or set 'duration: {sum}'" : $"lengthen the steps by {duration - sum} minutes, or set 'duration: {sum}'");
        }
    }

    /// <summary>A plan's block is one thing on the agenda: the builder, the page and the slides each draw an entry, a
    /// break or an own block differently, so a block that is two of them, or none, has no one reading.</summary>
    private void CheckPlan(Entry entry)
    {
        if (entry.Fields["start"] is TextValue start && !ClockTime.IsMatch(start.Text))
            diagnostics.Error(Codes.InvalidClockTime, start.At, $"'start' is '{start.Text}', not a time such as 09:00",
                "write the time as HH:mm on a 24-hour clock, e.g. 'start: \"13:30\"'");
        foreach (var block in entry.Fields.Objects("blocks"))
        {
            var kinds = new[] { ("entry", block.Ref("entry") is not null), ("break: true", block.Flag("break")), ("title", block.Text("title") is not null) }
                .Where(k => k.Item2).Select(k => k.Item1).ToList();
            if (kinds.Count == 1) continue;
            diagnostics.Error(Codes.BlockNotOneKind, block.At,
                kinds.Count == 0 ? "the block is neither an entry, a break nor a block of your own" : $"the block has both {string.Join(" and ", kinds.Select(k => $"'{k}'"))}",
                "give each block exactly one of 'entry: <id>' (an entry of the catalogue), 'break: true' or 'title:' (a block of your own); put anything else in 'notes'");
        }
    }

    private static readonly System.Text.RegularExpressions.Regex ClockTime = new("^([01][0-9]|2[0-3]):[0-5][0-9]$");

    /// <summary>A row flagged as the catalogue's reading must say why, so that no judgement of ours passes unexplained.</summary>
    private void CheckReadings(Entry entry)
    {
        foreach (var row in entry.Fields.Descendants().OfType<ObjectValue>())
            if (row.Flag("interpretation") && string.IsNullOrWhiteSpace(row.Text("reason")))
                diagnostics.Error(Codes.ReadingWithoutReason, row["interpretation"]!.At, "'interpretation: true' has no 'reason'",
                    "add 'reason:' to the same item: a sentence saying why the source's text does not fix this, such as that the paper never names the practice");
    }

    /// <summary>Rules across entries: one id, one entry.</summary>
    public void ValidateAll(IReadOnlyList<Entry> entries)
    {
        foreach (var group in entries.GroupBy(e => e.Id).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(e => e.File, StringComparer.Ordinal).ToList();
            foreach (var duplicate in ordered.Skip(1))
                diagnostics.Error(Codes.DuplicateId, duplicate.Start, $"the id '{duplicate.Id}' is already used by {ordered[0].File}",
                    "ids are unique across all types; rename one of the files");
        }
    }

    private void CheckSections(Entry entry)
    {
        var required = entry.Kind.RequiredSections;
        if (required.Count == 0) return;
        var sections = entry.Headings.Where(h => h.Level == 2 && required.Contains(h.Text, StringComparer.OrdinalIgnoreCase)).ToList();
        var present = sections.Select(h => h.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var section in required.Where(s => !present.Contains(s)))
            diagnostics.Error(Codes.MissingSection, entry.BodyStart, $"the {entry.Kind.Name} has no section '## {section}'",
                "sections, in order: " + string.Join(", ", required.Select(s => "## " + s)));

        // A heading followed at once by the next section (or the end) is a section left unwritten.
        foreach (var heading in sections.Where(h => h.Empty))
            diagnostics.Error(Codes.EmptySection, entry.BodyText.At(heading.Offset),
                $"the section '## {heading.Text}' is empty", "write the section's text under its heading");
    }

    /// <summary>The line `catalogue new` puts under each heading reads as finished text, so only this check stops it being published.</summary>
    private void CheckPlaceholders(Entry entry)
    {
        for (var at = entry.Body.IndexOf(EntryTemplate.Placeholder, StringComparison.Ordinal); at >= 0;
             at = entry.Body.IndexOf(EntryTemplate.Placeholder, at + EntryTemplate.Placeholder.Length, StringComparison.Ordinal))
            diagnostics.Error(Codes.TemplatePlaceholder, entry.BodyText.At(at), "the template's placeholder line is still here",
                "replace it with your own words, citing a source for every fact");
    }

    private static string SuggestId(string id) => Ids.FromTitle(id) is { Length: > 0 } s ? s : "entry";
}
