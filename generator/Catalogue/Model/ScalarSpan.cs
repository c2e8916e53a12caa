using Catalogue.Diagnostics;

namespace Catalogue.Model;

/// <summary>
/// Where a text value was written in its YAML, to place what is found inside the value (a link in an
/// activity) in the file. YAML folds a value's line breaks and indentation into spaces and drops its
/// quotes and block indicator, but keeps every other character in order: the n-th of them in the value
/// is the n-th in the source. Escapes in quoted values shift this by a character or two, within the value.
/// </summary>
/// <param name="start">Offset of the value's first character (a quote, a block indicator or the text).</param>
/// <param name="end">Offset just after the value.</param>
internal sealed class ScalarSpan(SourceText yaml, int start, int end)
{
    public int Start => start;
    public int End => end;

    /// <summary>The file position of the character at <paramref name="offset"/> in <paramref name="value"/>.</summary>
    public SourceLocation Locate(string value, int offset)
    {
        var before = 0;
        foreach (var c in value.AsSpan(0, Math.Clamp(offset, 0, value.Length)))
            if (!char.IsWhiteSpace(c)) before++;
        var position = ContentStart();
        for (; position < end; position++)
            if (!char.IsWhiteSpace(yaml.Text[position]) && before-- == 0) break;
        return yaml.At(position);
    }

    private int ContentStart() => start >= end ? start : yaml.Text[start] switch
    {
        '"' or '\'' => start + 1,
        '|' or '>' when yaml.Text.IndexOf('\n', start, end - start) is var header and >= 0 => header + 1,
        _ => start,
    };
}
