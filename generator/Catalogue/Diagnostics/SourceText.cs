namespace Catalogue.Diagnostics;

/// <summary>
/// A text and where it sits in its file, turning character offsets into file positions. Lines break at
/// '\n' only, as in editors (TextFile has already made every line end one): YAML 1.1 parsers also break
/// at U+0085, U+2028 and U+2029, so their own line and column numbers cannot be trusted.
/// </summary>
/// <param name="firstLine">File line of the text's first line.</param>
internal sealed class SourceText(string text, string file, int firstLine)
{
    private readonly int[] _lineStarts = LineStarts(text);

    public string Text => text;
    public string File => file;

    /// <summary>The position of the character at <paramref name="offset"/>; the end of the text is a position too.</summary>
    public SourceLocation At(long offset)
    {
        var index = (int)Math.Clamp(offset, 0, text.Length);
        var line = LineOf(index);
        return new SourceLocation(file, firstLine + line, index - _lineStarts[line] + 1);
    }

    /// <summary>The offset at which the line holding <paramref name="offset"/> starts.</summary>
    public int LineStartOf(long offset) => _lineStarts[LineOf((int)Math.Clamp(offset, 0, text.Length))];

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        return [.. starts];
    }

    private int LineOf(int index)
    {
        var line = Array.BinarySearch(_lineStarts, index);
        return line >= 0 ? line : ~line - 1;
    }
}
