using Catalogue.Diagnostics;
using Catalogue.Markdown;
using Catalogue.Model;
using Catalogue.Rendering;

namespace Catalogue.Pipeline.Render;

/// <summary>
/// Renders each entry's body and inline-Markdown fields to HTML once, for all the pages that show them, and
/// has <see cref="MarkdownSanitizer"/> check it. Anything it would remove is an error naming the file and
/// what it found, so the build stops before a page is written.
/// </summary>
internal static class MarkdownHtmlStage
{
    /// <summary>Renders entries of a catalogue that passed `check`; the build and the preview run this before any page.</summary>
    /// <param name="entries">All of them, or in the preview those whose links were resolved again.</param>
    public static void Run(IEnumerable<Entry> entries, DiagnosticBag diagnostics, StageTimings timings) =>
        timings.Measure("html", () => Parallel.ForEach(entries, entry => Render(entry, diagnostics)));

    private static void Render(Entry entry, DiagnosticBag diagnostics)
    {
        var body = entry.Document is null ? "" : MarkdownSyntax.ToHtml(entry.Document);
        var fields = new Dictionary<TextValue, string>(ReferenceEqualityComparer.Instance);
        List<(string Html, SourceLocation At)> pieces = [(body, entry.BodyStart)];
        foreach (var (text, document) in entry.InlineDocuments)
        {
            fields[text] = MarkdownSyntax.ToInlineHtml(document);
            pieces.Add((fields[text], text.At));
        }
        entry.Html = new EntryHtml(body, fields);

        // One sanitizer pass per entry, since each pass has a cost of its own; only an entry it finds
        // something in is checked again piece by piece, to say where.
        var sanitizer = MarkdownSanitizer.Shared;
        var found = sanitizer.Removals(string.Join('\n', pieces.Select(p => p.Html)));
        if (found.Count == 0) return;
        var located = pieces.SelectMany(p => sanitizer.Removals(p.Html).Select(removed => (removed, p.At))).ToList();
        foreach (var (removed, at) in located.Count > 0 ? located : found.Select(removed => (removed, entry.Start)))
            diagnostics.Error(Codes.UnsafeHtml, at, $"the HTML made from this Markdown holds {removed}, which the sanitizer removes, so nothing was published",
                "this is a bug in the catalogue's generator, not in the entry: please report it with this file");
    }
}
