using Catalogue.Diagnostics;
using Markdig.Syntax;
using Catalogue.Model.Types;

namespace Catalogue.Model;

/// <summary>One content file after its front matter was checked against the schema.</summary>
internal sealed class Entry
{
    public required string Id { get; init; }
    public required EntryType Kind { get; init; }
    /// <summary>Path as shown in diagnostics, e.g. content/cases/bekaert-carding.md.</summary>
    public required string File { get; init; }
    /// <summary>Path relative to the content folder with forward slashes, e.g. cases/bekaert-carding.md.</summary>
    public required string RelativePath { get; init; }
    public required ObjectValue Fields { get; init; }
    /// <summary>The front matter as written, to tell whether a change touched it.</summary>
    public required string FrontMatter { get; init; }
    public required string Body { get; init; }
    /// <summary>File line on which the body starts, to map Markdown positions back to the file.</summary>
    public required int BodyLine { get; init; }

    /// <summary>The body parsed once by the link stage and rendered later from the same tree.</summary>
    public MarkdownDocument? Document { get; set; }

    /// <summary>The inline-Markdown fields (activities, outcomes, …), in the order they are written.</summary>
    public IReadOnlyList<TextValue> MarkdownFields => _markdownFields ??= [.. Fields.Descendants().OfType<TextValue>().Where(t => t.IsMarkdown)];
    private IReadOnlyList<TextValue>? _markdownFields;

    /// <summary>Parsed inline-Markdown fields, keyed by the value they came from.</summary>
    public Dictionary<TextValue, MarkdownDocument> InlineDocuments { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The body's headings, found when it is parsed; they stay when the trees are let go.</summary>
    public IReadOnlyList<Heading> Headings { get; set; } = [];

    /// <summary>Lets the parsed Markdown go, for a run that renders nothing (a check).</summary>
    public void ReleaseTrees()
    {
        Document = null;
        InlineDocuments.Clear();
    }

    /// <summary>The body and inline-Markdown fields as HTML, rendered once by the build for every page that shows them.</summary>
    public EntryHtml? Html { get; set; }

    public string Title => Fields.Text("title") ?? Id;
    public string Summary => Fields.Text("summary") ?? "";
    public IEnumerable<string> SourceIds =>
        Fields.List("sources").OfType<SourceReferenceValue>().Select(s => s.Id);

    public SourceLocation Start => SourceLocation.StartOf(File);
    public SourceLocation BodyStart => new(File, BodyLine, 1);

    /// <summary>The body with its place in the file, to locate what Markdig finds by character offset (its own
    /// line numbers are off by one in a setext heading, a line underlined with '---').</summary>
    public SourceText BodyText => _bodyText ??= new SourceText(Body, File, BodyLine);
    private SourceText? _bodyText;

    public override string ToString() => $"{Kind.Name} {Id}";
}

/// <summary>An entry's Markdown as HTML that the sanitizer found nothing to remove from.</summary>
/// <param name="Fields">The inline-Markdown fields, keyed like <see cref="Entry.InlineDocuments"/>.</param>
internal sealed record EntryHtml(string Body, IReadOnlyDictionary<TextValue, string> Fields);
