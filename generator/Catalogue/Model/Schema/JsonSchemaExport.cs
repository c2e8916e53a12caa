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
    public const string EditorDialect = "http://json-schema.org/draft-07/schema#";

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

    /// <summary>
    /// Each type's front matter for editors, named by its folder ("editor/cases"): the same schema, but a reference
    /// lists the ids the content has now, so an editor flags a misspelt one and offers the known ones in its place.
    /// The published schemas above stay free of content; these are rewritten with every build and preview.
    /// </summary>
    /// <param name="entryIds">The ids of a type's entries, by type name.</param>
    public static IEnumerable<JsonSchemaFile> ForEditors(ContentModel model, SiteConfig config, Func<string, IEnumerable<string>> entryIds, IEnumerable<string> sourceIds)
    {
        var known = new KnownIds(entryIds, [.. sourceIds.Order(StringComparer.Ordinal)]);
        return model.Types.Select(kind => new JsonSchemaFile($"editor/{kind.Folder}", new JsonObject(new KeyValuePair<string, JsonNode?>[]
        {
            // Editors' validators (ajv in remark-lint-frontmatter-schema, the YAML language server) stop at draft-07,
            // and every keyword used here means the same there.
            new("$schema", EditorDialect),
            new("$id", config.Absolute(SitePath($"editor/{kind.Folder}"))),
            new("title", $"Front matter of a {kind.Name}, with the catalogue's ids"),
            new("description", $"{kind.Description} Written between the '---' lines at the top of content/{kind.Folder}/<id>.md."),
        }.Concat(Keywords(kind.AsObject, known)))));
    }

    /// <summary>The ids a reference may name today.</summary>
    private sealed record KnownIds(Func<string, IEnumerable<string>> Entries, IReadOnlyList<string> Sources)
    {
        public IReadOnlyList<string> Of(FieldType reference) => reference switch
        {
            ReferenceType r => [.. r.Targets.SelectMany(Entries).Order(StringComparer.Ordinal)],
            _ => Sources,
        };
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

    private static JsonObject Property(FieldSpec field, KnownIds? known) =>
        new(Keywords(field.Type, known).Prepend(new("description", FieldHelp.For(field))));

    /// <summary>The keywords that describe a value of the type, in the order a person reads them.</summary>
    /// <param name="known">The ids references may name, for an editor's schema; null for the model's alone.</param>
    private static IEnumerable<KeyValuePair<string, JsonNode?>> Keywords(FieldType type, KnownIds? known = null)
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
            case ReferenceType or SourceReferenceType when known?.Of(type) is { Count: > 0 } ids:
                yield return new("type", "string");
                yield return new("enum", new JsonArray([.. ids.Select(id => (JsonNode?)id)]));
                break;
            case ReferenceType or SourceReferenceType:
                yield return new("type", "string");
                yield return new("pattern", Ids.PatternText);
                yield return new("maxLength", Ids.MaxLength);
                break;
            case ListType list:
                yield return new("type", "array");
                yield return new("items", new JsonObject(Keywords(list.Item, known)));
                break;
            case ObjectType obj:
                yield return new("type", "object");
                yield return new("properties", new JsonObject(obj.Fields.Select(f => new KeyValuePair<string, JsonNode?>(f.Name, Property(f, known)))));
                if (obj.Fields.Any(f => f.Required))
                    yield return new("required", new JsonArray([.. obj.Fields.Where(f => f.Required).Select(f => (JsonNode?)f.Name)]));
                yield return new("additionalProperties", false);
                break;
            default:
                throw new InvalidOperationException($"no JSON Schema for {type}");
        }
    }
}
