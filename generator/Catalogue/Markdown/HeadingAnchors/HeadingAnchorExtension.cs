using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Catalogue.Markdown.HeadingAnchors;

/// <summary>Gives every heading with an id a link to itself, as GitHub does, so a reader can copy a section's address.</summary>
internal sealed class HeadingAnchorExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new HtmlHeadingAnchorRenderer());
    }
}
