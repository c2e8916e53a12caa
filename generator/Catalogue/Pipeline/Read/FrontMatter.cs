using Catalogue.Diagnostics;

namespace Catalogue.Pipeline.Read;

/// <summary>A file split at its front-matter fences.</summary>
/// <param name="Yaml">The text between the fences.</param>
/// <param name="YamlLine">File line of the first YAML line.</param>
/// <param name="Body">Everything after the closing fence.</param>
/// <param name="BodyLine">File line of the first body line.</param>
internal sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
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

    /// <summary>Splits a file's text; only the front matter and the body are made strings.</summary>
    public static FrontMatter? Split(ReadOnlySpan<char> text, string display, DiagnosticBag diagnostics)
    {
        var firstBreak = text.IndexOf('\n');
        var firstLine = firstBreak < 0 ? text : text[..firstBreak];
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
            var rest = text[position..];
            var length = rest.IndexOf('\n');
            var current = (length < 0 ? rest : rest[..length]).TrimEnd();
            if (current.SequenceEqual("---") || current.SequenceEqual("..."))
            {
                var yaml = text[(firstBreak + 1)..position].ToString();
                var body = length < 0 ? "" : rest[(length + 1)..].ToString();
                // A file that ends on its closing fence has no body line: point at the fence.
                return new FrontMatter(yaml, 2, body, length < 0 ? line : line + 1);
            }
            if (length < 0) break;
            position += length + 1;
            line++;
        }
        diagnostics.Error(Codes.UnclosedFrontMatter, SourceLocation.StartOf(display),
            "the front matter is never closed", "add a line '---' after the last field");
        return null;
    }
}
