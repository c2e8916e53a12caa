using Catalogue.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Catalogue.Pipeline.Read;

/// <summary>
/// Parses YAML into nodes that keep their positions. Refuses aliases (whose expansion can be made to
/// grow exponentially) and absurd nesting before building anything.
/// </summary>
public static class YamlLoader
{
    public const int MaxDepth = 16;

    /// <param name="firstLine">File line of the YAML text's first line, to report file positions.</param>
    public static YamlNode? Load(string yaml, string display, int firstLine, DiagnosticBag diagnostics)
    {
        SourceLocation At(Mark mark) => new(display, firstLine + (int)mark.Line - 1, (int)mark.Column);

        try
        {
            if (!Screen(yaml, At, diagnostics)) return null;
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's parser gives up this way on some unterminated flow collections.
            diagnostics.Error(Codes.YamlSyntax, new SourceLocation(display, firstLine, 1),
                "not valid YAML: a bracket, brace or quote is never closed", "close every [ with ], { with } and quote with its partner");
            return null;
        }
        catch (YamlException e)
        {
            var (message, hint) = Explain(e);
            diagnostics.Error(e.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) ? Codes.DuplicateKey : Codes.YamlSyntax,
                At(e.Start), message, hint);
            return null;
        }
    }

    private static bool Screen(string yaml, Func<Mark, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        var documents = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    diagnostics.Error(Codes.YamlAlias, at(alias.Start), $"YAML aliases (*{alias.Value}) are not allowed in front matter",
                        "write the value out where it is needed");
                    return false;
                case DocumentStart when ++documents > 1:
                    diagnostics.Error(Codes.YamlSyntax, at(parser.Current.Start), "the front matter holds more than one YAML document",
                        "remove the extra '---' line inside the front matter");
                    return false;
                case MappingStart or SequenceStart:
                    if (++depth > MaxDepth)
                    {
                        diagnostics.Error(Codes.TooDeep, at(parser.Current!.Start), $"the front matter is nested more than {MaxDepth} levels deep",
                            "no field of the content model needs this much nesting");
                        return false;
                    }
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
        return true;
    }

    /// <summary>YamlDotNet's messages name the parser's state; say what a contributor can fix instead.</summary>
    private static (string Message, string? Hint) Explain(YamlException e)
    {
        var inner = e.InnerException?.Message ?? e.Message;
        var text = e.Message.StartsWith("(Line", StringComparison.Ordinal) && e.Message.Contains("): ")
            ? e.Message[(e.Message.IndexOf("): ", StringComparison.Ordinal) + 3)..]
            : e.Message;
        if (text.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) || inner.Contains("same key", StringComparison.OrdinalIgnoreCase))
            return ("a field is given twice", "keep one of the two");
        if (text.Contains("tab", StringComparison.OrdinalIgnoreCase))
            return ("YAML does not allow tab characters for indentation", "indent with spaces");
        if (text.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            return ("a value contains ': ' where YAML expects a new field", "put the value in double quotes");
        return ($"not valid YAML: {text.TrimEnd('.')}", "check the indentation and quoting on this line");
    }
}
