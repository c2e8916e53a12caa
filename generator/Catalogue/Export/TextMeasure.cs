namespace Catalogue.Export;

/// <summary>
/// Estimates how many lines a paragraph takes, from the advance widths of Arial (the same as Helvetica's
/// and Liberation Sans's, so PowerPoint and LibreOffice wrap alike) and a greedy word wrap, as both apps do.
/// </summary>
internal static class TextMeasure
{
    // Widths of the printable ASCII characters, space (32) to tilde (126), in thousandths of the font size.
    private static readonly int[] Ascii =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ];

    /// <summary>Bold Arial is wider; this covers its widest letters.</summary>
    private const double BoldFactor = 1.1;

    private static double Width(char c) => c switch
    {
        >= ' ' and <= '~' => Ascii[c - ' '],
        '–' or '€' => 556,
        '—' or '…' => 1000,
        '‘' or '’' => 222,
        '“' or '”' => 333,
        '·' => 278,
        _ => 667, // accented and other letters: as wide as the wide capitals, so the estimate errs long
    };

    public static double WidthInPoints(string text, double fontSize, bool bold = false) =>
        text.Sum(Width) * fontSize / 1000 * (bold ? BoldFactor : 1);

    /// <summary>How many lines a paragraph takes; a word wider than the line (an address) is broken across lines.</summary>
    public static int LineCount(string text, double fontSize, double width, bool bold = false) =>
        Wrap(text, fontSize, width, bold).Sum(line => Math.Max(1, (int)Math.Ceiling(WidthInPoints(line, fontSize, bold) / width)));

    /// <summary>The lines a paragraph wraps into within a width, as words.</summary>
    public static IReadOnlyList<string> Wrap(string text, double fontSize, double width, bool bold = false)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && WidthInPoints(candidate, fontSize, bold) > width)
            {
                lines.Add(line);
                line = word;
            }
            else line = candidate;
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        return lines;
    }
}
