using Markdig.Syntax;

namespace Catalogue.Pipeline.Parse;

internal enum LinkSiteKind : byte
{
    /// <summary>[[id]]: the target is an entry id.</summary>
    WikiLink,
    /// <summary>[@source, page]: the target is a source id.</summary>
    Citation,
    /// <summary>[text](url): the target is the URL as written.</summary>
    Url,
    /// <summary>![alt](url), a figure: the target is the URL as written.</summary>
    Image,
    /// <summary>![](url), an image with no alt text: the target is the URL as written.</summary>
    ImageWithoutAlt,
    /// <summary>&lt;scheme:…&gt; with a scheme that is not allowed: the target is the URL.</summary>
    UnsafeAutolink,
    /// <summary>Raw HTML, inline or as a block; there is no target.</summary>
    RawHtml,
    /// <summary>Syntax the site does not render (a footnote with no note, a definition list): the target names which.</summary>
    Unsupported,
}

/// <summary>
/// One thing in an entry's Markdown that the link stage checks, with where it stands. It is kept apart from
/// the tree it was found in, so that a check can take an unchanged entry's sites from the cache of earlier
/// runs instead of parsing its Markdown again.
/// </summary>
/// <param name="Field">-1 for the body, else the index of the inline-Markdown field in <see cref="Model.Entry.MarkdownFields"/>.</param>
/// <param name="Offset">Where the site starts in that text.</param>
/// <param name="Node">The node the link stage rewrites once the link resolves; null when no tree is kept.</param>
internal sealed record LinkSite(LinkSiteKind Kind, string Target, int Field, int Offset, MarkdownObject? Node = null)
{
    public const int Body = -1;
}

/// <summary>What the link stage needs of an entry's Markdown: the body's headings and every site to check.</summary>
internal sealed record MarkdownFindings(IReadOnlyList<Model.Heading> Headings, IReadOnlyList<LinkSite> Sites);
