using Catalogue.Markdown.WikiLinks;
using Markdig.Syntax.Inlines;

namespace Catalogue.Markdown.Citations;

/// <summary>[@source-id] or [@source-id, locator]: a citation of a work in sources.yaml.</summary>
internal sealed class CitationInline : LeafInline
{
    public required string SourceId { get; init; }
    public string? Locator { get; init; }

    /// <summary>Set by the link stage: the bibliography anchor and the author–year label.</summary>
    public ResolvedLink? Target { get; set; }
}
