using Catalogue.Markdown;
using Catalogue.Model;

namespace Catalogue.Pipeline.Parse;

/// <summary>Parses each entry's body and inline-Markdown fields once; later stages walk and render these trees.</summary>
public static class MarkdownParseStage
{
    public static void Parse(Entry entry)
    {
        entry.Document = MarkdownSyntax.Parse(entry.Body);
        foreach (var text in entry.Fields.Descendants().OfType<TextValue>().Where(t => t.IsMarkdown))
            entry.InlineDocuments[text] = MarkdownSyntax.Parse(text.Text);
    }
}
