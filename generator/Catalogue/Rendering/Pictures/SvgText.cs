using System.Globalization;
using System.Text;

namespace Catalogue.Rendering.Pictures;

/// <summary>Text and numbers as SVG markup takes them: every title and summary drawn comes from the content.</summary>
internal static class SvgText
{
    /// <summary>The text with the five XML special characters as references, safe in an element or an attribute.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        return escaped.ToString();
    }

    /// <summary>A coordinate with a dot for decimals, whatever the machine's culture.</summary>
    public static string Number(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The words in lines of at most <paramref name="width"/> characters and at most <paramref name="lines"/> lines,
    /// the last one ending in an ellipsis when words were left out (the full text stays in the picture's labels).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width, int lines)
    {
        var result = new List<string>();
        var line = new StringBuilder();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (line.Length > 0 && line.Length + 1 + words[i].Length > width)
            {
                if (result.Count == lines - 1) return [.. result, Cut(line + " " + string.Join(' ', words[i..]), width)];
                result.Add(line.ToString());
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(words[i]);
        }
        if (line.Length > 0) result.Add(Cut(line.ToString(), width));
        return result;
    }

    private static string Cut(string line, int width) => line.Length <= width ? line : line[..(width - 1)].TrimEnd() + "…";
}
