using System.Text.Json;
using Catalogue.Model;

namespace Catalogue.Output;

/// <summary>A small JSON list of every entry's title, type, names and summary: link previews and spelling help load it once per page.</summary>
internal static class SearchData
{
    public const string SitePath = "search/entries.json";

    /// <summary>Every source's full reference by id: a citation shows it on hover and focus (assets/js/previews.js).</summary>
    public const string SourcesSitePath = "search/sources.json";

    public static byte[] SourcesJson(SiteIndex index) => JsonSerializer.SerializeToUtf8Bytes(
        index.Sources.ToDictionary(s => s.Id, s => new { label = s.ShortLabel, reference = ReferenceFormatter.PlainText(s) }));

    public static byte[] Json(SiteIndex index) => JsonSerializer.SerializeToUtf8Bytes(
        index.Entries.Where(SiteIndex.HasOwnPage).Select(e => new
        {
            url = index.UrlOf(e),
            title = e.Title,
            kind = e.Kind.Name,
            summary = e.Summary,
            aka = e.Fields.Texts("aka").ToArray(),
        }));
}
