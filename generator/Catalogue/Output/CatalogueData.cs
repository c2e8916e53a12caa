using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Model;
using Catalogue.Model.Types;
using Catalogue.Pipeline.Link;

namespace Catalogue.Output;

/// <summary>
/// The whole catalogue as one JSON file for reuse: every entry with its front matter as typed data, its
/// outgoing links by field, the works it cites and its Markdown body; the bibliography; the licence.
/// Its shape is published beside it as JSON Schema (<see cref="CatalogueDataSchema"/>).
/// </summary>
internal static class CatalogueData
{
    public const string SitePath = "data/catalogue.json";

    /// <summary>Raised when the file's shape changes in a way that breaks its readers.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Format = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>How to cite the data, on the data page and in the file.</summary>
    public static string Citation(SiteConfig config) =>
        $"{config.Title}. Catalogue data ({config.Absolute(SitePath)}). Retrieved on (date). Licensed under {config.License}.";

    /// <summary>Writes the file entry by entry: at 10,000 entries it is 50 MB, too big to make whole in memory first.</summary>
    public static void Write(Stream stream, SiteIndex index, LinkGraph graph, EntryRelations relations)
    {
        var config = index.Config;
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Format.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", config.Absolute(CatalogueDataSchema.SitePath));
            writer.WriteNumber("schema_version", SchemaVersion);
            writer.WriteString("title", config.Title);
            writer.WriteString("description", config.Description);
            writer.WriteString("url", config.BaseUrl.ToString());
            writer.WritePropertyName("license");
            new JsonObject { ["name"] = config.License, ["url"] = config.LicenseUrl }.WriteTo(writer, Format);
            writer.WriteString("citation", Citation(config));
            writer.WritePropertyName("field_origins");
            FieldOrigins(index.Model).WriteTo(writer, Format);
            writer.WriteStartArray("entries");
            foreach (var entry in index.Entries)
            {
                EntryJson(entry, index, graph, relations).WriteTo(writer, Format);
                if (writer.BytesPending > FlushAt) writer.Flush();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("sources");
            foreach (var source in index.Sources) SourceJson(source, index).WriteTo(writer, Format);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        stream.Write("\n"u8);
    }

    private const int FlushAt = 1 << 16;

    /// <summary>Per type, the fields that state what the sources report and those that are the catalogue's own advice, so
    /// that readers of the data tell them apart as the pages do.</summary>
    public static JsonObject FieldOrigins(ContentModel model) => new(model.Types
        .Select(t => (Type: t, Sourced: t.FieldsOf(Origin.Sourced).ToList(), Guidance: t.FieldsOf(Origin.Guidance).ToList()))
        .Where(t => t.Sourced.Count + t.Guidance.Count > 0)
        .Select(t => new KeyValuePair<string, JsonNode?>(t.Type.Name, new JsonObject
        {
            ["sourced"] = new JsonArray([.. t.Sourced.Select(p => (JsonNode?)p)]),
            ["guidance"] = new JsonArray([.. t.Guidance.Select(p => (JsonNode?)p)]),
        })));

    private static JsonObject EntryJson(Entry entry, SiteIndex index, LinkGraph graph, EntryRelations relations) => new()
    {
        ["id"] = entry.Id,
        ["type"] = entry.Kind.Name,
        ["title"] = entry.Title,
        ["summary"] = entry.Summary,
        ["url"] = index.Config.Absolute(SiteIndex.PathOf(entry)),
        ["fields"] = FieldJson.Of(entry.Fields),
        ["links"] = new JsonObject(graph.FieldEdgesFrom(entry.Id).GroupBy(e => e.Field)
            .Select(g => new KeyValuePair<string, JsonNode?>(g.Key, new JsonArray([.. g.Select(e => (JsonNode?)e.To)])))),
        ["sources"] = new JsonArray([.. relations.SourcesOf(entry).Select(s => (JsonNode?)s.Id)]),
        ["body"] = entry.Body.Trim(),
    };

    private static JsonObject SourceJson(Source source, SiteIndex index) => new()
    {
        ["id"] = source.Id,
        ["reference"] = ReferenceFormatter.PlainText(source),
        ["link"] = ReferenceFormatter.Link(source),
        ["url"] = index.Config.Absolute(SiteIndex.BibliographyPath + "#" + source.Id),
        ["fields"] = FieldJson.Of(source.Fields),
    };
}
