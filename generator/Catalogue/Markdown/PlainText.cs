using System.Text;
using Catalogue.Markdown.Citations;
using Catalogue.Markdown.WikiLinks;
using Catalogue.Model;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalogue.Markdown;

/// <summary>
/// Markdown as plain text, for places without HTML: slides, the workshop builder's data, handouts.
/// Links keep their words and citations read as in the text: (Marcos-Cuevas et al., 2016, Table 5).
/// </summary>
internal static class PlainText
{
    public static string Of(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null) continue;
            if (text.Length > 0) text.Append(' ');
            Append(text, block.Inline);
        }
        return text.ToString().Trim();
    }

    /// <summary>A field value of an entry as plain text: inline Markdown from the tree the link stage resolved.</summary>
    public static string? Of(Entry entry, Value? value) => value switch
    {
        TextValue text when entry.InlineDocuments.TryGetValue(text, out var document) => Of(document),
        TextValue text => text.Text,
        _ => null,
    };

    /// <summary>A method's session as lines to read out or print: "15 min: Agree the question".</summary>
    public static IReadOnlyList<string> TimedSteps(Entry entry, MethodSession session) =>
        [.. session.Steps.Select(s => $"{s.Minutes} min: {Of(entry, s.Do)}")];

    private static void Append(StringBuilder text, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded); break;
                case AutolinkInline auto: text.Append(auto.Url); break;
                case SmartyPant pant: text.Append(Character(pant.Type)); break;
                case WikiLinkInline wiki: text.Append(wiki.Label ?? wiki.Target?.Title ?? wiki.Id); break;
                case CitationInline cite:
                    var label = cite.Target?.Title ?? cite.SourceId;
                    text.Append('(').Append(cite.Locator is null ? label : $"{label}, {cite.Locator}").Append(')');
                    break;
                case ContainerInline inner: Append(text, inner); break;
            }
        }
    }

    private static string Character(SmartyPantType type) => type switch
    {
        SmartyPantType.Quote or SmartyPantType.RightQuote => "’",
        SmartyPantType.LeftQuote => "‘",
        SmartyPantType.DoubleQuote or SmartyPantType.RightDoubleQuote => "”",
        SmartyPantType.LeftDoubleQuote => "“",
        SmartyPantType.LeftAngleQuote => "«",
        SmartyPantType.RightAngleQuote => "»",
        SmartyPantType.Ellipsis => "…",
        SmartyPantType.Dash2 => "–",
        SmartyPantType.Dash3 => "—",
        _ => "",
    };
}
