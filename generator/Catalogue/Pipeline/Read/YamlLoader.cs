using Catalogue.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Catalogue.Pipeline.Read;

/// <summary>
/// Parses YAML into nodes that keep their positions. Refuses aliases (whose expansion can be made to
/// grow exponentially) and absurd nesting as the parser meets them, before the nodes are expanded.
/// </summary>
internal static class YamlLoader
{
    public const int MaxDepth = 16;

    public static YamlNode? Load(SourceText yaml, DiagnosticBag diagnostics)
    {
        var parser = new ScreeningParser(new Parser(new StringReader(yaml.Text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (Refused refused)
        {
            diagnostics.Error(refused.Code, yaml.At(refused.At.Index), refused.Message, refused.Hint);
        }
        catch (YamlException e)
        {
            var error = YamlSyntaxError.Explain(e, yaml);
            diagnostics.Error(error.Code, error.At, error.Message, error.Hint);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way when a [ or { runs on to the end of the text.
            if (parser.Open.FirstOrDefault(IsFlow) is { } unclosed)
            {
                var (opening, closing) = unclosed is MappingStart ? ('{', '}') : ('[', ']');
                diagnostics.Error(Codes.YamlSyntax, yaml.At(unclosed.Start.Index), $"the '{opening}' here is never closed", $"close it with '{closing}'");
            }
            else
                diagnostics.Error(Codes.YamlSyntax, yaml.At(0), "not valid YAML: a bracket, brace or quote is never closed",
                    "close every [ with ], { with } and quote with its partner");
        }
        return null;
    }

    /// <summary>
    /// Passes the parser's events on to the node builder, refusing what must not be built as they go by,
    /// so the text is parsed once.
    /// </summary>
    private sealed class ScreeningParser(IParser inner) : IParser
    {
        private int _documents;

        /// <summary>Collections begun and not yet ended, innermost on top.</summary>
        public Stack<ParsingEvent> Open { get; } = new();

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            switch (inner.Current)
            {
                case AnchorAlias alias:
                    throw new Refused(Codes.YamlAlias, alias.Start, $"YAML aliases (*{alias.Value}) are not allowed",
                        "write the value out where it is needed");
                case DocumentStart start when ++_documents > 1:
                    throw new Refused(Codes.YamlSyntax, start.Start, "a '---' line here starts a second YAML document", "remove the line");
                case MappingStart or SequenceStart:
                    Open.Push(inner.Current);
                    if (Open.Count > MaxDepth)
                        throw new Refused(Codes.TooDeep, inner.Current.Start, $"the YAML is nested more than {MaxDepth} levels deep",
                            "no field of the content model needs this much nesting");
                    break;
                case MappingEnd or SequenceEnd:
                    Open.Pop();
                    break;
            }
            return true;
        }
    }

    private sealed class Refused(string code, Mark at, string message, string hint) : Exception(message)
    {
        public string Code => code;
        public Mark At => at;
        public string Hint => hint;
    }

    private static bool IsFlow(ParsingEvent collection) =>
        collection is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow };
}
