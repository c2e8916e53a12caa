using Catalogue.Markdown.Citations;
using Catalogue.Markdown.Figures;
using Catalogue.Markdown.Unsupported;
using Catalogue.Markdown.WikiLinks;
using Catalogue.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalogue.Pipeline.Parse;

/// <summary>Finds the sites the link stage checks in an entry's parsed body and inline-Markdown fields.</summary>
internal static class LinkSiteCollector
{
    /// <summary>Where a link's URL as written is kept, since the link stage rewrites it to the page's address.</summary>
    private static readonly object WrittenUrl = new();

    public static List<LinkSite> Collect(Entry entry)
    {
        var sites = new List<LinkSite>();
        if (entry.Document is { } body) Walk(body, LinkSite.Body, sites);
        var fields = entry.MarkdownFields;
        for (var i = 0; i < fields.Count; i++)
            if (entry.InlineDocuments.TryGetValue(fields[i], out var document)) Walk(document, i, sites);
        return sites;
    }

    /// <summary>
    /// Walks the tree depth first by hand: Markdig's Descendants() makes an iterator and a stack for every
    /// call, 19 MB over the 54,000 bodies and fields of 10,000 entries.
    /// </summary>
    private static void Walk(Block block, int field, List<LinkSite> sites)
    {
        Visit(block, field, sites);
        if (block is ContainerBlock container)
            for (var i = 0; i < container.Count; i++) Walk(container[i], field, sites);
        else if (block is LeafBlock { Inline: { } inline })
            Walk(inline, field, sites);
    }

    private static void Walk(Inline inline, int field, List<LinkSite> sites)
    {
        Visit(inline, field, sites);
        if (inline is ContainerInline container)
            for (var child = container.FirstChild; child is not null; child = child.NextSibling) Walk(child, field, sites);
    }

    private static void Visit(MarkdownObject node, int field, List<LinkSite> sites)
    {
        var site = node switch
        {
            WikiLinkInline wiki => new LinkSite(LinkSiteKind.WikiLink, wiki.Id, field, node.Span.Start, node),
            CitationInline cite => new LinkSite(LinkSiteKind.Citation, cite.SourceId, field, node.Span.Start, node),
            LinkInline { IsImage: true } image => new LinkSite(LinkSiteKind.Image, WrittenUrlOf(image), field, node.Span.Start, node),
            LinkInline link => new LinkSite(LinkSiteKind.Url, WrittenUrlOf(link), field, node.Span.Start, node),
            AutolinkInline auto when UrlSafety.IsUnsafe(auto.Url) => new LinkSite(LinkSiteKind.UnsafeAutolink, auto.Url, field, node.Span.Start, node),
            HtmlInline or HtmlBlock => new LinkSite(LinkSiteKind.RawHtml, "", field, node.Span.Start, node),
            _ => UnsupportedSyntax.At(node) is { } syntax ? new LinkSite(LinkSiteKind.Unsupported, syntax, field, node.Span.Start, node) : null,
        };
        if (site is not null) sites.Add(site);
        if (node is LinkInline { IsImage: true } figure)
        {
            if (figure.Descendants<LiteralInline>().All(text => text.Content.IsEmptyOrWhitespace()))
                sites.Add(new LinkSite(LinkSiteKind.ImageWithoutAlt, WrittenUrlOf(figure), field, node.Span.Start, node));
            // An address with a scheme is an error of its own (unsafe, or another site's); one line says what to fix first.
            if (!UrlSafety.HasScheme(WrittenUrlOf(figure)) && !(figure.Parent?.ParentBlock is ParagraphBlock paragraph && FigureExtension.LoneImage(paragraph) == figure))
                sites.Add(new LinkSite(LinkSiteKind.Unsupported, UnsupportedSyntax.FigureInText, field, node.Span.Start, node));
        }
    }

    /// <summary>
    /// The URL as written: a preview links an unchanged entry again when an entry it links to changes, and by
    /// then the link stage has rewritten the URL in the tree.
    /// </summary>
    private static string WrittenUrlOf(LinkInline link)
    {
        if (link.GetData(WrittenUrl) is string written) return written;
        var url = link.Url ?? "";
        link.SetData(WrittenUrl, url);
        return url;
    }
}
