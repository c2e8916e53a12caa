using Markdig.Helpers;
using Markdig.Parsers;

namespace Catalogue.Markdown.WikiLinks;

/// <summary>Recognises [[id]] and [[id|label]] on one line.</summary>
internal sealed class WikiLinkParser : InlineParser
{
    public WikiLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[') return false;
        var text = slice.Text;
        var start = slice.Start;
        var count = slice.End - (start + 2) + 1;
        var close = count >= 2 ? text.IndexOf("]]", start + 2, count, StringComparison.Ordinal) : -1;
        if (close < 0) return false;
        var inner = text.Substring(start + 2, close - start - 2);
        if (inner.Length == 0 || inner.Contains('\n') || inner.Contains('[')) return false;

        var pipe = inner.IndexOf('|');
        var id = (pipe < 0 ? inner : inner[..pipe]).Trim();
        var label = pipe < 0 ? null : inner[(pipe + 1)..].Trim();
        if (id.Length == 0) return false;

        processor.Inline = new WikiLinkInline
        {
            Id = id,
            Label = string.IsNullOrEmpty(label) ? null : label,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(close + 1)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
