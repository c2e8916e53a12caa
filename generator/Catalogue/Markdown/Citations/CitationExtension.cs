using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Catalogue.Markdown.Citations;

internal sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCitationRenderer>())
            html.ObjectRenderers.Insert(0, new HtmlCitationRenderer());
    }
}
