using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalogue.Markdown.Unsupported;

/// <summary>
/// Markdown that GitHub or other dialects render but this site does not, found in a parsed tree. Markdig
/// leaves such text as it is ("[^1]", ": Definition", "[!NOTE]") or as code (a Mermaid diagram), so the page
/// would show the syntax instead of what the contributor meant; the link stage reports each as an error.
/// </summary>
internal static partial class UnsupportedSyntax
{
    /// <summary>What was found, as the link site's target, so it survives the cache of earlier runs.</summary>
    public const string Footnote = "footnote", DefinitionList = "definition-list", Alert = "alert", Mermaid = "mermaid",
        FigureInText = "figure-in-text";

    /// <summary>The kind of unsupported syntax that starts at this node, or null.</summary>
    public static string? At(MarkdownObject node) => node switch
    {
        FencedCodeBlock { Info: { } info } when info.Equals("mermaid", StringComparison.OrdinalIgnoreCase) => Mermaid,
        LiteralInline { Content.Length: 1 } bracket when bracket.Content.CurrentChar == '[' && bracket.NextSibling is LiteralInline next =>
            FootnoteReference().IsMatch(next.Content.AsSpan()) ? Footnote
            : AlertMarker().IsMatch(next.Content.AsSpan()) ? Alert : null,
        LiteralInline literal when StartsLine(literal) && DefinitionMarker().IsMatch(literal.Content.AsSpan()) => DefinitionList,
        _ => null,
    };

    /// <summary>The message and the hint for a kind <see cref="At"/> found.</summary>
    public static (string Message, string Hint) Describe(string kind) => kind switch
    {
        Footnote => ("footnote reference with no note: the page would show it as written",
            "add the note on a line of its own, '[^1]: The note.', or remove the reference"),
        DefinitionList => ("definition lists are not supported: the page would show ': ' as written",
            "write the term in bold followed by its definition, or use a list"),
        Alert => ("GitHub alerts ('> [!NOTE]') are not supported: the page would show '[!…]' as written",
            "write the note as an ordinary quotation or paragraph"),
        Mermaid => ("Mermaid diagrams are not drawn on the site: the page would show the code",
            "draw the diagram as an SVG or PNG figure (see 'Adding a figure' in CONTRIBUTING.md)"),
        FigureInText => ("an image inside a sentence, link or list item cannot be shown as a figure with its credit",
            "put the image in a paragraph of its own: a blank line before and after ![alt](images/name.png)"),
        _ => ("this Markdown is not supported", "see docs/content-guide.md for the Markdown the site renders"),
    };

    /// <summary>True for text at the start of a line: first in its paragraph or after a line break.</summary>
    private static bool StartsLine(LiteralInline literal) =>
        literal.PreviousSibling is null or LineBreakInline && literal.Parent?.ParentBlock is ParagraphBlock;

    [GeneratedRegex(@"^\^[^\]\s]+\]")]
    private static partial Regex FootnoteReference();

    [GeneratedRegex(@"^!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]", RegexOptions.IgnoreCase)]
    private static partial Regex AlertMarker();

    [GeneratedRegex(@"^:[ \t]")]
    private static partial Regex DefinitionMarker();
}
