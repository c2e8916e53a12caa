using System.Text;
using System.Text.Encodings.Web;

namespace Catalogue.Model;

/// <summary>Formats a source as a reference-list entry (author–year style), in HTML for pages and as plain text for slides and data.</summary>
internal static class ReferenceFormatter
{
    public static string Format(Source source) => Build(source, HtmlEncoder.Default.Encode, venue => $"<em>{venue}</em>");

    public static string PlainText(Source source) => Build(source, text => text, venue => venue);

    /// <param name="encode">Makes a value safe for the output.</param>
    /// <param name="emphasise">Sets the (already encoded) venue apart, as a reference list sets it in italics.</param>
    private static string Build(Source source, Func<string, string> encode, Func<string, string> emphasise)
    {
        var f = source.Fields;
        var text = new StringBuilder();
        text.Append(encode(AuthorList(source.Authors)));
        text.Append(" (").Append(source.Year?.ToString() ?? "n.d.").Append("). ");
        if (source.Title is { } title) EndSentence(text.Append(encode(title)));
        if (f.Text("venue") is { } venue)
        {
            text.Append(' ').Append(emphasise(encode(venue)));
            if (f.Text("volume") is { } volume)
                text.Append(", ").Append(encode(volume)).Append(f.Text("issue") is { } issue ? $"({encode(issue)})" : "");
            if (f.Text("pages") is { } pages) text.Append(", ").Append(encode(pages));
            EndSentence(text);
        }
        if (f.Text("publisher") is { } publisher) EndSentence(text.Append(' ').Append(encode(publisher)));
        if (f.Text("note") is { } note) text.Append(' ').Append(encode(note));
        return text.ToString();
    }

    /// <summary>Closes a part of the reference with a full stop, unless it already ends as a sentence does ("Who co-creates?").</summary>
    private static void EndSentence(StringBuilder text)
    {
        // An emphasised venue ends in its closing tag; its last character of text is what counts.
        var end = text.ToString().TrimEnd();
        if (end.EndsWith("</em>", StringComparison.Ordinal)) end = end[..^"</em>".Length];
        if (end.Length == 0 || end[^1] is not ('.' or '?' or '!')) text.Append('.');
    }

    /// <summary>The stable web address of a source: its DOI if known, else its URL.</summary>
    public static string? Link(Source source) =>
        source.Fields.Text("doi") is { } doi ? "https://doi.org/" + doi
        : source.Fields.Text("url") is { } url && UrlSafety.IsWebAddress(url) ? url
        : null;

    private static string AuthorList(IReadOnlyList<string> authors) => authors.Count switch
    {
        0 => "Anonymous",
        1 => authors[0],
        _ => string.Join(", ", authors.Take(authors.Count - 1)) + ", & " + authors[^1],
    };
}
