using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Catalogue.Markdown.TaskLists;

/// <summary>Renders GitHub's task lists ("- [x] done"), each box a disabled checkbox named for screen readers.</summary>
internal sealed class TaskListRendering : IMarkdownExtension
{
    /// <summary>The parsing is Markdig's TaskListExtension, which must come before this in the pipeline.</summary>
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.ReplaceOrAdd<HtmlTaskListRenderer>(new HtmlNamedTaskRenderer());
    }

    /// <summary>Markdig's box has no accessible name, which axe reports; this one says whether the task is done.</summary>
    private sealed class HtmlNamedTaskRenderer : HtmlObjectRenderer<TaskList>
    {
        protected override void Write(HtmlRenderer renderer, TaskList task)
        {
            if (!renderer.EnableHtmlForInline)
            {
                renderer.Write(task.Checked ? "[x]" : "[ ]");
                return;
            }
            renderer.Write(task.Checked
                ? "<input type=\"checkbox\" disabled checked aria-label=\"done\" />"
                : "<input type=\"checkbox\" disabled aria-label=\"not done\" />");
        }
    }
}
