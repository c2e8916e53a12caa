using Catalogue.Markdown.Citations;
using Catalogue.Markdown.Figures;
using Catalogue.Markdown.HeadingAnchors;
using Catalogue.Markdown.RawHtml;
using Catalogue.Markdown.TaskLists;
using Catalogue.Markdown.WikiLinks;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Catalogue.Markdown;

/// <summary>The one Markdown dialect of the catalogue, built once and shared by every stage and thread.</summary>
internal static class MarkdownSyntax
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseSmartyPants()
        .UseFootnotes()
        .UseTaskLists()
        .Use<TaskListRendering>()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
        .Use<HeadingAnchorExtension>()
        .Use<FigureExtension>()
        .Use<WikiLinkExtension>()
        .Use<CitationExtension>()
        .Use<RawHtmlExtension>()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    public static string ToHtml(MarkdownDocument document)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>HTML for a one-paragraph field (an activity, an outcome) without the paragraph tags.</summary>
    public static string ToInlineHtml(MarkdownDocument document)
    {
        if (document.Count == 1 && document[0] is ParagraphBlock paragraph)
        {
            var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer) { ImplicitParagraph = true };
            Pipeline.Setup(renderer);
            renderer.Render(paragraph);
            return writer.ToString().TrimEnd();
        }
        return ToHtml(document).TrimEnd();
    }
}
