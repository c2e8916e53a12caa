using Catalogue.Diagnostics;

namespace Catalogue.Pipeline.Read;

/// <summary>
/// A "name: value" line that YAML reads as more of the plain value above it, and so reports at its ':'
/// ("mapping values are not allowed"). The colon is not the fault: either the line that starts that value
/// is a field name without its ':', or this line is indented further than the field it belongs with.
/// </summary>
internal static class ContinuedValue
{
    /// <returns>Null when the colon follows another on its own line: a value written on one line, at fault where YAML says.</returns>
    public static YamlSyntaxError? Explain(SourceText yaml, int colon)
    {
        var text = yaml.Text;
        var lineStart = yaml.LineStartOf(colon);
        if (text.AsSpan(lineStart, colon - lineStart).Contains(": ", StringComparison.Ordinal)) return null;
        var indent = IndentOf(text, lineStart);

        // The value began on the nearest line indented less than this one.
        for (var start = lineStart; start > 0;)
        {
            start = yaml.LineStartOf(start - 1);
            var line = LineAt(text, start);
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#') || IndentOf(text, start) >= indent) continue;
            var field = line.TrimStart().TrimStart('-').TrimStart();
            if (field.Contains(": ", StringComparison.Ordinal) || field.EndsWith(':')) break;
            var name = field.Split(' ')[0];
            return new(Codes.YamlSyntax, yaml.At(start + line.Length - field.Length), $"'{name}' has no ':' after it, so YAML reads the lines below as its value",
                $"put ':' right after '{name}'");
        }
        return new(Codes.YamlSyntax, yaml.At(lineStart + indent), "this line is indented further than the field it belongs with",
            "indent it as much as the fields around it, or, if it continues the value above, put that whole value in double quotes");
    }

    private static int IndentOf(string text, int lineStart)
    {
        var i = lineStart;
        while (i < text.Length && text[i] == ' ') i++;
        return i - lineStart;
    }

    private static string LineAt(string text, int lineStart)
    {
        var end = text.IndexOf('\n', lineStart);
        return text[lineStart..(end < 0 ? text.Length : end)];
    }
}
