namespace Catalogue.Tests.Architecture;

/// <summary>Folders of the generator at one height; a folder is a namespace under Catalogue, written as a path.</summary>
internal sealed record Layer(string Name, IReadOnlyList<string> Folders)
{
    /// <summary>As the README's diagram labels it.</summary>
    public override string ToString() => $"{Name}: {string.Join(", ", Folders)}";
}

/// <summary>
/// The generator's layers, declared here and nowhere else: the architecture tests enforce them and check
/// that the README's diagram shows them. A folder may use folders of its own layer or of lower ones, never
/// of a higher one; and no folders may use each other in a circle, within a layer either.
/// </summary>
internal static class Layers
{
    public const string Namespace = "Catalogue";

    public static readonly IReadOnlyList<Layer> LowestFirst =
    [
        // What every part reports with, the git command line, and paths with their links resolved.
        new("Foundation", ["Diagnostics", "Git", "Files"]),
        // Entries, values, the entry types and their declarations: what the catalogue is, with no knowledge of files or pages.
        new("Model", ["Model", "Model/Schema", "Model/Types", "Model/Types/Standard"]),
        new("Markdown", ["Markdown", "Markdown/Citations", "Markdown/Figures", "Markdown/HeadingAnchors", "Markdown/RawHtml", "Markdown/TaskLists", "Markdown/Unsupported", "Markdown/WikiLinks"]),
        // The stages that read and check content, and the two that ask git and Pagefind.
        new("Stages", ["Pipeline/Find", "Pipeline/Read", "Pipeline/Bind", "Pipeline/Parse", "Pipeline/Cache", "Pipeline/Figures", "Pipeline/Link", "Pipeline/Validate",
            "Pipeline/History", "Pipeline/Index"]),
        // Where files go, and the files that are no pages (data downloads, search data, sitemap): pages link to them.
        new("Output", ["Output"]),
        // The pages: view models, the page plan, cards, the component renderer and the sanitizer.
        new("Rendering", ["Rendering"]),
        new("Render stage", ["Pipeline/Render"]),
        // The whole check and the whole build: load, render, write, index.
        new("Build", ["Pipeline"]),
        new("Tools", ["Pipeline/Compare", "Export", "Scaffold", "Reporting"]),
        new("Serve", ["Serve"]),
        new("Commands", ["Cli", "Cli/GitHubActions"]),
    ];
}
