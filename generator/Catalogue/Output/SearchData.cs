using System.Text.Json;
using Catalogue.Model;

namespace Catalogue.Output;

/// <summary>A small JSON list of every entry's title, type, names and summary: link previews and spelling help load it once per page.</summary>
internal static class SearchData
{
    public const string SitePath = "search/entries.json";

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
