using Catalogue.Diagnostics;
using YamlDotNet.Core;

namespace Catalogue.Pipeline.Read;

/// <summary>
/// A YAML error as a contributor can fix it. YamlDotNet's messages name the parser's state, and for a
/// tab or a directive it points at where it noticed rather than at the line at fault.
/// </summary>
/// <param name="Line">Line in the YAML text, from 1.</param>
public sealed record YamlSyntaxError(string Code, int Line, int Column, string Message, string Hint)
{
    public static YamlSyntaxError Explain(YamlException e, string yaml)
    {
        var (line, column) = ((int)e.Start.Line, (int)e.Start.Column);
        var text = e.Message.StartsWith("(Line", StringComparison.Ordinal) && e.Message.Contains("): ")
            ? e.Message[(e.Message.IndexOf("): ", StringComparison.Ordinal) + 3)..]
            : e.Message;
        var inner = e.InnerException?.Message ?? "";
        bool Says(string phrase) => text.Contains(phrase, StringComparison.OrdinalIgnoreCase);

        if (Says("Duplicate key") || inner.Contains("same key", StringComparison.OrdinalIgnoreCase))
            return new(Codes.DuplicateKey, line, column, "a field is given twice", "keep one of the two");
        var lines = yaml.Split('\n');
        if (Says("tab"))
        {
            // Reported where the enclosing mapping or value began; the tab is on the first line from there indented with one.
            var tabbed = Array.FindIndex(lines, Math.Clamp(line - 1, 0, lines.Length), l => l.TakeWhile(char.IsWhiteSpace).Contains('\t'));
            if (tabbed >= 0) (line, column) = (tabbed + 1, lines[tabbed].IndexOf('\t') + 1);
            return new(Codes.YamlSyntax, line, column, "YAML does not allow tab characters for indentation", "indent with spaces");
        }
        if (Says("quoted scalar"))
            return new(Codes.YamlSyntax, line, column, "the quote that opens here is never closed",
                "end the value with the same quote mark; a value over several lines must indent them");
        if (Says("mapping values are not allowed") || Says("found invalid mapping"))
            return new(Codes.YamlSyntax, line, column, "a value contains ': ' where YAML expects a new field", "put the value in double quotes");
        if (Says("did not find expected key"))
            return new(Codes.YamlSyntax, line, column, "this line is not a field ('name: value') lined up with the fields around it",
                "check its indentation and the ':' after the field's name");
        if (Says("did not find expected '-' indicator"))
            return new(Codes.YamlSyntax, line, column, "this line is not lined up with the list around it",
                "indent it with as many spaces as the lines it belongs with");
        if (Says("cannot start any token") && CharAt(lines, line, column) is { } reserved)
            return new(Codes.YamlSyntax, line, column, $"a YAML value cannot start with '{reserved}'", "put the value in double quotes");
        if (Says("<document start>") && Array.FindIndex(lines, l => l.StartsWith('%')) is var directive and >= 0)
            return new(Codes.YamlSyntax, directive + 1, 1, "YAML directives (lines starting with '%') are not allowed", "remove the line");
        return new(Codes.YamlSyntax, line, column, $"not valid YAML: {text.TrimEnd('.')}", "check the indentation and quoting on this line");
    }

    private static char? CharAt(string[] lines, int line, int column) =>
        line >= 1 && line <= lines.Length && column >= 1 && column <= lines[line - 1].Length ? lines[line - 1][column - 1] : null;
}
