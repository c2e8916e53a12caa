using System.Text.RegularExpressions;
using Catalogue.Diagnostics;
using YamlDotNet.Core;

namespace Catalogue.Pipeline.Read;

/// <summary>
/// A YAML error as a contributor can fix it. YamlDotNet's messages name the parser's state, and for a
/// tab or a directive it points at where it noticed rather than at the line at fault.
/// </summary>
internal sealed partial record YamlSyntaxError(string Code, SourceLocation At, string Message, string Hint)
{
    public static YamlSyntaxError Explain(YamlException e, SourceText yaml)
    {
        var offset = (int)Math.Clamp(e.Start.Index, 0, yaml.Text.Length);
        var at = yaml.At(offset);
        var text = e.Message.StartsWith("(Line", StringComparison.Ordinal) && e.Message.Contains("): ")
            ? e.Message[(e.Message.IndexOf("): ", StringComparison.Ordinal) + 3)..]
            : e.Message;
        var inner = e.InnerException?.Message ?? "";
        bool Says(string phrase) => text.Contains(phrase, StringComparison.OrdinalIgnoreCase);

        if (Says("Duplicate key") || inner.Contains("same key", StringComparison.OrdinalIgnoreCase))
            return new(Codes.DuplicateKey, at, "a field is given twice", "keep one of the two");
        // YAML 1.1 also breaks lines at U+0085, U+2028 and U+2029, which editors do not show: a line that looks whole fails.
        var lineStart = yaml.LineStartOf(offset);
        if (yaml.Text.IndexOfAny(['\u0085', '\u2028', '\u2029'], lineStart, offset - lineStart) is var hidden and >= 0)
            return new(Codes.YamlSyntax, yaml.At(hidden), $"an invisible line separator (U+{(int)yaml.Text[hidden]:X4}) breaks this line for YAML",
                "delete it, or put a space in its place");
        if (Says("tab"))
        {
            // Reported where the enclosing mapping or value began; the tab is on the first line from there indented with one.
            var tab = TabIndent().Match(yaml.Text, lineStart);
            return new(Codes.YamlSyntax, tab.Success ? yaml.At(tab.Index + tab.Length - 1) : at,
                "YAML does not allow tab characters for indentation", "indent with spaces");
        }
        if (Says("quoted scalar"))
            return new(Codes.YamlSyntax, at, "the quote that opens here is never closed",
                "end the value with the same quote mark; a value over several lines must indent them");
        // "[[id]] text" opens a YAML list, whatever error YAML then meets on the line.
        if (WikiLinkValue().Match(yaml.Text, lineStart) is { Success: true } wiki && offset >= wiki.Groups[1].Index)
            return new(Codes.YamlSyntax, yaml.At(wiki.Groups[1].Index), "a value that starts with '[[' is a list to YAML, not a link",
                "put the whole value in double quotes");
        if (Says("mapping values are not allowed") || Says("found invalid mapping"))
            return ContinuedValue.Explain(yaml, offset)
                ?? new(Codes.YamlSyntax, at, "a value contains ': ' where YAML expects a new field", "put the value in double quotes");
        if (Says("did not find expected key"))
            return new(Codes.YamlSyntax, at, "this line is not a field ('name: value') lined up with the fields around it",
                "check its indentation and the ':' after the field's name");
        if (Says("did not find expected '-' indicator"))
            return new(Codes.YamlSyntax, at, "this line is not lined up with the list around it",
                "indent it with as many spaces as the lines it belongs with");
        if (Says("cannot start any token") && offset < yaml.Text.Length)
            return new(Codes.YamlSyntax, at, $"a YAML value cannot start with '{yaml.Text[offset]}'", "put the value in double quotes");
        if (Says("<document start>") && Directive().Match(yaml.Text) is { Success: true } directive)
            return new(Codes.YamlSyntax, yaml.At(directive.Index), "YAML directives (lines starting with '%') are not allowed", "remove the line");
        return new(Codes.YamlSyntax, at, $"not valid YAML: {text.TrimEnd('.')}", "check the indentation and quoting on this line");
    }

    /// <summary>A line's indentation up to its first tab.</summary>
    [GeneratedRegex(@"^[ ]*\t", RegexOptions.Multiline)]
    private static partial Regex TabIndent();

    /// <summary>A list item or field whose value starts with a wikilink; group 1 is the "[[".</summary>
    [GeneratedRegex(@"\G[ ]*(?:-[ ]+|[^:\n#]+:[ ]+)(\[\[)")]
    private static partial Regex WikiLinkValue();

    [GeneratedRegex("^%", RegexOptions.Multiline)]
    private static partial Regex Directive();
}
