using System.Text.Json.Nodes;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Model.Types;

namespace Catalogue.Output;

/// <summary>
/// The JSON Schema of catalogue.json, generated from the same content model as the front-matter schemas:
/// an entry's "fields" are its front matter, so they are checked by its type's schema, embedded under $defs.
/// </summary>
internal static class CatalogueDataSchema
{
    public const string SitePath = "data/catalogue.schema.json";

    public static string Json(ContentModel model, SiteConfig config)
    {
        var kinds = model.Types;
        JsonObject Id() => new() { ["type"] = "string", ["pattern"] = Ids.PatternText };
        JsonObject Text(string description) => new() { ["type"] = "string", ["description"] = description };
        JsonObject IdList(string description) => new() { ["type"] = "array", ["items"] = Id(), ["description"] = description };

        JsonObject Entry(EntryType kind) => Strict(new()
        {
            ["id"] = Id(),
            ["type"] = new JsonObject { ["enum"] = new JsonArray(kind.Name) },
            ["title"] = Text("The entry's title."),
            ["summary"] = Text("One sentence about the entry."),
            ["url"] = Text("The entry's page."),
            ["fields"] = new JsonObject { ["$ref"] = $"#/$defs/{kind.Name}" },
            ["links"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "The ids of the entries this one links to, by the field that names them; 'body' holds links written in Markdown, in the text or in a text field.",
                ["additionalProperties"] = IdList("Entry ids."),
            },
            ["sources"] = IdList("The ids of every work the entry rests on or cites."),
            ["body"] = Text("The entry's text, in the catalogue's Markdown: [[id]] links to an entry, [@id, locator] cites a source."),
        });

        var schema = new JsonObject
        {
            ["$schema"] = JsonSchemaExport.Dialect,
            ["$id"] = config.Absolute(SitePath),
            ["title"] = $"{config.Title}: the catalogue as data",
            ["description"] = "Every entry and source of the catalogue. An entry's 'fields' are its front matter as written, typed as in the front-matter schemas.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["$schema"] = Text("This schema's address."),
                ["schema_version"] = new JsonObject { ["type"] = "integer", ["enum"] = new JsonArray(CatalogueData.SchemaVersion), ["description"] = "Raised when the shape changes in a way that breaks readers." },
                ["title"] = Text("The catalogue's name."),
                ["description"] = Text("The catalogue in one sentence."),
                ["url"] = Text("The catalogue's address."),
                ["license"] = Strict(new() { ["name"] = Text("The licence of the text."), ["url"] = new JsonObject { ["type"] = new JsonArray("string", "null") } }),
                ["citation"] = Text("How to cite the data."),
                ["field_origins"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "Per entry type, the fields (as paths, e.g. seen_at[].what) that state what the sources report, each statement cited, and those that are the catalogue's own guidance, which cite nothing.",
                    ["additionalProperties"] = Strict(new() { ["sourced"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } }, ["guidance"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } } }),
                },
                ["entries"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["oneOf"] = new JsonArray([.. kinds.Select(k => (JsonNode?)Entry(k))]) } },
                ["sources"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = Strict(new()
                    {
                        ["id"] = Id(),
                        ["reference"] = Text("The full reference, author–year style."),
                        ["link"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["description"] = "The work's DOI or web address." },
                        ["url"] = Text("The work in the catalogue's bibliography."),
                        ["fields"] = new JsonObject { ["$ref"] = "#/$defs/source" },
                    }),
                },
            },
            ["required"] = new JsonArray("$schema", "schema_version", "title", "url", "license", "field_origins", "entries", "sources"),
            ["additionalProperties"] = false,
            ["$defs"] = new JsonObject(kinds.Select(k => new KeyValuePair<string, JsonNode?>(k.Name, JsonSchemaExport.Describe(k.AsObject)))
                .Append(new("source", JsonSchemaExport.Describe(ContentSchema.Source)))),
        };
        return new JsonSchemaFile("catalogue", schema).ToJson();
    }

    /// <summary>An object with exactly these properties, all required.</summary>
    private static JsonObject Strict(JsonObject properties) => new()
    {
        ["type"] = "object",
        ["properties"] = properties,
        ["required"] = new JsonArray([.. properties.Select(p => (JsonNode?)p.Key)]),
        ["additionalProperties"] = false,
    };
}
