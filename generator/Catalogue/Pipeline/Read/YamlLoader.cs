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

    public static YamlNode? Load(SourceText yaml, DiagnosticBag diagnostics)
    {
        try
        {
            if (!Screen(yaml, diagnostics)) return null;
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml.Text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var error = YamlSyntaxError.Explain(e, yaml);
            diagnostics.Error(error.Code, error.At, error.Message, error.Hint);
            return null;
        }
    }

    private static bool Screen(SourceText yaml, DiagnosticBag diagnostics)
    {
        SourceLocation At(Mark mark) => yaml.At(mark.Index);
        var parser = new Parser(new StringReader(yaml.Text));
        var open = new Stack<ParsingEvent>(); // collections begun and not yet ended, innermost on top
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        diagnostics.Error(Codes.YamlAlias, At(alias.Start), $"YAML aliases (*{alias.Value}) are not allowed",
                            "write the value out where it is needed");
                        return false;
                    case DocumentStart when ++documents > 1:
                        diagnostics.Error(Codes.YamlSyntax, At(parser.Current.Start), "a '---' line here starts a second YAML document",
                            "remove the line");
                        return false;
                    case MappingStart or SequenceStart:
                        open.Push(parser.Current);
                        if (open.Count > MaxDepth)
                        {
                            diagnostics.Error(Codes.TooDeep, At(parser.Current.Start), $"the YAML is nested more than {MaxDepth} levels deep",
                                "no field of the content model needs this much nesting");
                            return false;
                        }
                        break;
                    case MappingEnd or SequenceEnd:
                        open.Pop();
                        break;
                }
            }
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way when a [ or { runs on to the end of the text.
            if (open.FirstOrDefault(IsFlow) is { } unclosed)
            {
                var (opening, closing) = unclosed is MappingStart ? ('{', '}') : ('[', ']');
                diagnostics.Error(Codes.YamlSyntax, At(unclosed.Start), $"the '{opening}' here is never closed", $"close it with '{closing}'");
            }
            else
                diagnostics.Error(Codes.YamlSyntax, yaml.At(0), "not valid YAML: a bracket, brace or quote is never closed",
                    "close every [ with ], { with } and quote with its partner");
            return false;
        }
        return true;
    }

    private static bool IsFlow(ParsingEvent collection) =>
        collection is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow };
}
