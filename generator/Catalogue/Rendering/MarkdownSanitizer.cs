using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Catalogue.Model;
using Ganss.Xss;

namespace Catalogue.Rendering;

/// <summary>
/// The second line of defence against script in contributors' Markdown, the one untrusted input that
/// becomes HTML. The first line is `check`: raw HTML is an error (CAT051) and so is a link of any scheme
/// but http, https and mailto (CAT044). This checks what actually comes out of Markdig and our extensions
/// with HtmlSanitizer, which parses it as a browser would and allows exactly the markup our renderer
/// writes. Whatever it would remove is something a bug let through, so the build reports it as an error
/// and publishes nothing, rather than publishing it or silently changing the page. HTML it has nothing to
/// remove from is published as Markdig wrote it, byte for byte.
/// One instance serves every thread: HtmlSanitizer's Sanitize methods are thread-safe, and each thread
/// collects what it would remove in a list of its own.
/// </summary>
internal sealed class MarkdownSanitizer
{
    /// <summary>
    /// What Markdig writes with our extensions: CommonMark, pipe tables, citations (cite), wikilinks,
    /// strikethrough (del), footnotes (a div of notes, sup), task lists (a disabled checkbox) and figures
    /// (a picture of the processed image's sizes, a caption and the credit in a span).
    /// </summary>
    private static readonly IReadOnlySet<string> Tags = new HashSet<string>
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "hr", "br", "pre", "code",
        "em", "strong", "a", "img", "cite", "table", "thead", "tbody", "tr", "th", "td",
        "del", "sup", "div", "input", "figure", "picture", "source", "figcaption", "span",
    };

    /// <summary>
    /// Heading ids, link and image addresses and titles, a list's start number, a wikilink's data-kind,
    /// a citation's class and a code block's language class, and an aligned table cell's text-align; a task's
    /// checkbox (type, disabled, checked) and the names of it and of a heading's anchor (aria-label), which
    /// the search index skips (data-pagefind-ignore); a figure's sizes (srcset, sizes, width, height) and lazy loading.
    /// </summary>
    private static readonly IReadOnlySet<string> Attributes = new HashSet<string>
    {
        "id", "href", "title", "src", "alt", "start", "data-kind", "class", "style",
        "type", "disabled", "checked", "aria-label", "data-pagefind-ignore",
        "srcset", "sizes", "width", "height", "loading", "decoding",
    };

    /// <summary>Classes our renderers write: citations, footnotes, task lists and heading anchors.</summary>
    private static readonly IReadOnlySet<string> Classes = new HashSet<string>
    {
        "citation", "footnotes", "footnote-ref", "footnote-back-ref", "contains-task-list", "task-list-item", "heading-anchor", "figure", "figure-credit",
    };

    private const string LanguageClass = "language-";

    /// <summary>Declared after the allow-lists, which its constructor reads.</summary>
    public static readonly MarkdownSanitizer Shared = new();

    /// <summary>How HtmlSanitizer.SanitizeDom(string) starts the document it parses a body fragment into.</summary>
    private const string DocumentStart = "<!doctype html><html><body>";

    private readonly HtmlSanitizer _sanitizer;
    private readonly HtmlParser _parser;

    [ThreadStatic] private static List<string>? _removed;

    private MarkdownSanitizer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags),
            AllowedAttributes = new HashSet<string>(Attributes),
            AllowedClasses = new HashSet<string>(Classes),
            AllowedCssProperties = new HashSet<string> { "text-align" },
            AllowedAtRules = new HashSet<CssRuleType>(),
            AllowedSchemes = new HashSet<string>(UrlSafety.AllowedSchemes),
        });
        _parser = _sanitizer.HtmlParserFactory();
        _sanitizer.RemovingTag += (_, e) => Removed($"a <{e.Tag.LocalName}> element");
        _sanitizer.RemovingAttribute += (_, e) => Removed(AttributeOf(e.Tag, e.Attribute));
        _sanitizer.RemovingStyle += (_, e) => Removed($"the style '{e.Style.Name}: {e.Style.Value}' of <{e.Tag.LocalName}>");
        _sanitizer.RemovingAtRule += (_, e) => Removed($"the CSS rule '{e.Rule.CssText}'");
        _sanitizer.RemovingComment += (_, _) => Removed("an HTML comment");
        _sanitizer.RemovingCssClass += (_, e) =>
        {
            // A fenced code block's info string names its language; the class is any word the contributor wrote.
            if (e.Tag.LocalName == "code" && e.CssClass.StartsWith(LanguageClass, StringComparison.Ordinal)) e.Cancel = true;
            else Removed($"the class '{e.CssClass}' of <{e.Tag.LocalName}>");
        };
        _sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is { } url && url != e.OriginalUrl) Removed($"the address '{e.OriginalUrl}' of <{e.Tag.LocalName}>, rewritten as '{url}'");
        };
    }

    /// <summary>What the sanitizer would remove from or change in the HTML; empty when it is safe to publish as it is.</summary>
    public IReadOnlyList<string> Removals(string html)
    {
        var removed = _removed ??= [];
        removed.Clear();
        // Parsed here as SanitizeDom(string) would parse it, but from memory, which AngleSharp reads directly
        // rather than through a copy in a string builder: the HTML stage of a 10,000-entry build took 15% less.
        using var document = _parser.ParseDocument((DocumentStart + html).AsMemory());
        // Attributes of a second <html> or <body> tag go to the page's own; SanitizeDom(string) removes them there.
        foreach (var element in new IElement?[] { document.DocumentElement, document.Head, document.Body })
            foreach (var attribute in element?.Attributes ?? Enumerable.Empty<IAttr>())
                Removed(AttributeOf(element!, attribute));
        _sanitizer.SanitizeDom(document, document.Body);
        return removed.Count == 0 ? [] : [.. removed];
    }

    private static string AttributeOf(IElement tag, IAttr attribute) => $"the {attribute.Name}=\"{attribute.Value}\" attribute of <{tag.LocalName}>";

    private static void Removed(string what) => _removed!.Add(what);
}
