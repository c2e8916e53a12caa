using Catalogue.Markdown;
using Catalogue.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalogue.Pipeline.Parse;

/// <summary>
/// Parses an entry's body and inline-Markdown fields; the link stage walks these trees and the HTML stage
/// renders them. The body's headings are kept apart, for the rules that outlive the trees.
/// </summary>
internal static class MarkdownParseStage
{
    public static void Parse(Entry entry)
    {
        var document = MarkdownSyntax.Parse(entry.Body);
        entry.Headings = HeadingsOf(document);
        entry.Document = document;
        foreach (var text in entry.MarkdownFields)
            entry.InlineDocuments[text] = MarkdownSyntax.Parse(text.Text);
    }

    private static List<Heading> HeadingsOf(MarkdownDocument document)
    {
        var headings = new List<Heading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var container = heading.Parent!;
            var next = container.IndexOf(heading) + 1;
            var empty = next == container.Count || container[next] is HeadingBlock following && following.Level <= heading.Level;
            headings.Add(new Heading(heading.Level, TextOf(heading), heading.TryGetAttributes()?.Id, heading.Span.Start, empty));
        }
        return headings;
    }

    private static string TextOf(HeadingBlock heading) =>
        heading.Inline is null ? "" : string.Concat(heading.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
}
