using System.Text;
using System.Text.Encodings.Web;
using Catalogue.Model;

namespace Catalogue.Rendering;

/// <summary>Formats a source as a reference-list entry in HTML (author–year style).</summary>
public static class ReferenceFormatter
{
    public static string Format(Source source)
    {
        var f = source.Fields;
        var html = new StringBuilder();
        html.Append(Encode(AuthorList(source.Authors)));
        html.Append(" (").Append(source.Year?.ToString() ?? "n.d.").Append("). ");
        if (source.Title is { } title) html.Append(Encode(title.TrimEnd('.'))).Append('.');
        if (f.Text("venue") is { } venue)
        {
            html.Append(" <em>").Append(Encode(venue)).Append("</em>");
            if (f.Text("volume") is { } volume)
                html.Append(", ").Append(Encode(volume)).Append(f.Text("issue") is { } issue ? $"({Encode(issue)})" : "");
            if (f.Text("pages") is { } pages) html.Append(", ").Append(Encode(pages));
            html.Append('.');
        }
        if (f.Text("publisher") is { } publisher) html.Append(' ').Append(Encode(publisher)).Append('.');
        if (f.Text("note") is { } note) html.Append(' ').Append(Encode(note));
        return html.ToString();
    }

    /// <summary>The stable web address of a source: its DOI if known, else its URL.</summary>
    public static string? Link(Source source) =>
        source.Fields.Text("doi") is { } doi ? "https://doi.org/" + doi
        : source.Fields.Text("url") is { } url && url.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? url
        : null;

    private static string AuthorList(IReadOnlyList<string> authors) => authors.Count switch
    {
        0 => "Anonymous",
        1 => authors[0],
        _ => string.Join(", ", authors.Take(authors.Count - 1)) + ", & " + authors[^1],
    };

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
