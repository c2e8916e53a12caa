using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Model.Types;

namespace Catalogue.Model.Schema;

/// <summary>A JSON Schema the site publishes, and its name: "case" is served at /schema/case.schema.json.</summary>
internal sealed record JsonSchemaFile(string Name, JsonObject Schema)
{
    // Relaxed escaping keeps "–" and "’" readable; the file is served as JSON, never inside HTML.
    private static readonly JsonSerializerOptions Format = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string SitePath => JsonSchemaExport.SitePath(Name);

    public string ToJson() => Schema.ToJsonString(Format) + "\n";
}

/// <summary>
/// ContentSchema as JSON Schema, for editors and other tools: one schema per entry type for its front
/// matter, one for sources.yaml and one for site.yaml. The schemas describe the content model, not the
/// content: a reference is any well-formed id, and its description names the type it must point at.
/// </summary>
/// <remarks>
/// The dialect is 2020-12, but only keywords that mean the same in draft-07 are used, so editors whose
/// validators stop at draft-07 (such as the YAML language server) read them the same way.
/// </remarks>
internal static class JsonSchemaExport
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    public static string SitePath(string name) => $"schema/{name}.schema.json";

    public static string SitePath(EntryType kind) => SitePath(kind.Name);

    public static IEnumerable<JsonSchemaFile> All(ContentModel model, SiteConfig config) =>
        model.Types.Select(kind => For(kind, config)).Append(ForSources(config)).Append(ForSite(config));

    public static JsonSchemaFile For(EntryType kind, SiteConfig config)
    {
        return Document(kind.Name, config, $"Front matter of a {kind.Name}",
            $"{kind.Description} Written between the '---' lines at the top of content/{kind.Folder}/<id>.md.",
            kind.AsObject);
    }

    public static JsonSchemaFile ForSources(SiteConfig config) =>
        Document("sources", config, "sources.yaml", "The bibliography: a list of the works that entries cite as [@id].",
            new ListType(ContentSchema.Source));

    public static JsonSchemaFile ForSite(SiteConfig config) =>
        Document("site", config, "site.yaml", "The settings of the whole site.", ContentSchema.Site);

    private static JsonSchemaFile Document(string name, SiteConfig config, string title, string description, FieldType root)
    {
        KeyValuePair<string, JsonNode?>[] header =
        [
            new("$schema", Dialect),
            new("$id", config.Absolute(SitePath(name))),
            new("title", title),
            new("description", description),
        ];
        return new JsonSchemaFile(name, new JsonObject(header.Concat(Keywords(root))));
    }

    /// <summary>The schema of a value of the type, for documents that embed the content model (the catalogue's data file).</summary>
    public static JsonObject Describe(FieldType type) => new(Keywords(type));

    private static JsonObject Property(FieldSpec field) =>
        new(Keywords(field.Type).Prepend(new("description", FieldHelp.For(field))));

    /// <summary>The keywords that describe a value of the type, in the order a person reads them.</summary>
    private static IEnumerable<KeyValuePair<string, JsonNode?>> Keywords(FieldType type)
    {
        switch (type)
        {
            case TextType text:
                yield return new("type", "string");
                yield return new("minLength", 1);
                if (text.MaxLength is { } max) yield return new("maxLength", max);
                break;
            case IntegerType integer:
                yield return new("type", "integer");
                yield return new("minimum", integer.Min);
                yield return new("maximum", integer.Max);
                break;
            case BooleanType:
                yield return new("type", "boolean");
                break;
            case EnumType choice:
                yield return new("type", "string");
                yield return new("enum", new JsonArray([.. choice.Values.Select(v => (JsonNode?)v)]));
                break;
            case ReferenceType or SourceReferenceType:
                yield return new("type", "string");
                yield return new("pattern", Ids.PatternText);
                yield return new("maxLength", Ids.MaxLength);
                break;
            case ListType list:
                yield return new("type", "array");
                yield return new("items", new JsonObject(Keywords(list.Item)));
                break;
            case ObjectType obj:
                yield return new("type", "object");
                yield return new("properties", new JsonObject(obj.Fields.Select(f => new KeyValuePair<string, JsonNode?>(f.Name, Property(f)))));
                if (obj.Fields.Any(f => f.Required))
                    yield return new("required", new JsonArray([.. obj.Fields.Where(f => f.Required).Select(f => (JsonNode?)f.Name)]));
                yield return new("additionalProperties", false);
                break;
            default:
                throw new InvalidOperationException($"no JSON Schema for {type}");
        }
    }
}
