using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Catalogue.Markdown.WikiLinks;

internal sealed class WikiLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the link parser, which would otherwise read "[[x]]" as brackets around text.
        if (!pipeline.InlineParsers.Contains<WikiLinkParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlWikiLinkRenderer>())
            html.ObjectRenderers.Insert(0, new HtmlWikiLinkRenderer());
    }
}
