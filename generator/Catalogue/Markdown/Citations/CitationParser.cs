using Markdig.Helpers;
using Markdig.Parsers;

namespace Catalogue.Markdown.Citations;

/// <summary>Recognises [@id] and [@id, locator] on one line.</summary>
internal sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@') return false;
        var text = slice.Text;
        var start = slice.Start;
        var count = slice.End - (start + 2) + 1;
        var close = count > 0 ? text.IndexOf(']', start + 2, count) : -1;
        if (close < 0) return false;
        var inner = text.Substring(start + 2, close - start - 2);
        if (inner.Contains('\n') || inner.Contains('[')) return false;

        var comma = inner.IndexOf(',');
        var id = (comma < 0 ? inner : inner[..comma]).Trim();
        var locator = comma < 0 ? null : inner[(comma + 1)..].Trim();
        if (id.Length == 0 || id.Contains(' ')) return false;

        processor.Inline = new CitationInline
        {
            SourceId = id,
            Locator = string.IsNullOrEmpty(locator) ? null : locator,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(close)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }
}
