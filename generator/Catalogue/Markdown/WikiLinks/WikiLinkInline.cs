using Markdig.Syntax.Inlines;

namespace Catalogue.Markdown.WikiLinks;

/// <summary>[[id]] or [[id|label]]: a link to another entry by its id.</summary>
internal sealed class WikiLinkInline : LeafInline
{
    public required string Id { get; init; }
    public string? Label { get; init; }

    /// <summary>Set by the link stage when the id names an entry.</summary>
    public ResolvedLink? Target { get; set; }
}

/// <summary>Where a link goes and what to call it; filled in by the link stage.</summary>
internal sealed record ResolvedLink(string Url, string Title, string Kind);
