using Catalogue.Diagnostics;

namespace Catalogue.Pipeline.Read;

/// <summary>A file split at its front-matter fences.</summary>
/// <param name="Yaml">The text between the fences.</param>
/// <param name="YamlLine">File line of the first YAML line.</param>
/// <param name="Body">Everything after the closing fence.</param>
/// <param name="BodyLine">File line of the first body line.</param>
public sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
{
    /// <summary>True when the YAML holds nothing but blank lines and comments.</summary>
    public bool HasNoFields
    {
        get
        {
            foreach (var line in Yaml.AsSpan().EnumerateLines())
                if (line.TrimStart() is { IsEmpty: false } text && text[0] != '#') return false;
            return true;
        }
    }

    public static FrontMatter? Split(string text, string display, DiagnosticBag diagnostics)
    {
        var firstBreak = text.IndexOf('\n');
        var firstLine = firstBreak < 0 ? text.AsSpan() : text.AsSpan(0, firstBreak);
        if (!firstLine.TrimEnd().SequenceEqual("---"))
        {
            diagnostics.Error(Codes.NoFrontMatter, SourceLocation.StartOf(display),
                text.Length == 0 ? "the file is empty" : "the file does not start with front matter",
                "begin the file with a line '---', the fields (title: …, summary: …), and another line '---'");
            return null;
        }

        var position = firstBreak + 1;
        var line = 2;
        while (firstBreak >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var current = (end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position)).TrimEnd();
            if (current.SequenceEqual("---") || current.SequenceEqual("..."))
            {
                var yaml = text[(firstBreak + 1)..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                // A file that ends on its closing fence has no body line: point at the fence.
                return new FrontMatter(yaml, 2, body, end < 0 ? line : line + 1);
            }
            if (end < 0) break;
            position = end + 1;
            line++;
        }
        diagnostics.Error(Codes.UnclosedFrontMatter, SourceLocation.StartOf(display),
            "the front matter is never closed", "add a line '---' after the last field");
        return null;
    }
}
