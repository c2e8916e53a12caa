using System.Text.Json.Nodes;
using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.Read;
using NJsonSchema;
using NJsonSchema.Validation;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Tests;

/// <summary>The published JSON Schemas, checked with an independent validator (NJsonSchema).</summary>
public class JsonSchemaTests
{
    private static readonly SiteConfig Config = SiteConfig.Default with { BaseUrl = new Uri("https://example.org/catalogue/") };
    private static string RealContent => Path.Combine(RealSiteFixture.RepositoryRoot, "content");

    /// <summary>Kinds by name: xunit calls only public test methods, and EntryType is internal to the generator.</summary>
    public static TheoryData<string> Kinds => [.. EntryTypes.Standard.Types.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_real_entry_fits_the_schema_of_its_type(string kindName)
    {
        var kind = EntryTypes.Standard.Named(kindName)!;
        var schema = await Load(JsonSchemaExport.For(kind, Config));
        var files = new ContentFinder(new ContentPaths(RealContent), new DiagnosticBag()).FindEntries().Where(f => f.Kind == kind).ToList();
        Assert.NotEmpty(files);
        Assert.Empty(files.SelectMany(f => Problems(schema, FrontMatterJson(File.ReadAllText(f.FullPath))).Select(p => $"{f.RelativePath}: {p}")));
    }

    [Fact]
    public async Task The_real_sources_and_site_settings_fit_their_schemas()
    {
        var sources = await Load(JsonSchemaExport.ForSources(Config));
        var site = await Load(JsonSchemaExport.ForSite(Config));
        Assert.Empty(Problems(sources, YamlFileJson(Path.Combine(RealContent, "sources.yaml"))));
        Assert.Empty(Problems(site, YamlFileJson(Path.Combine(RealContent, "site.yaml"))));
    }

    [Theory]
    [InlineData("industry: Manufacturing", "industry: Manufacturing\nindusty: Mining", ValidationErrorKind.NoAdditionalPropertiesAllowed)]
    [InlineData("industry: Manufacturing", "industry: [a, b]", ValidationErrorKind.StringExpected)]
    [InlineData("organization: Acme\n", "", ValidationErrorKind.PropertyRequired)]
    [InlineData("practice: co-design", "practice: Co Design", ValidationErrorKind.PatternMismatch)]
    [InlineData("interpretation: true", "interpretation: maybe", ValidationErrorKind.BooleanExpected)]
    [InlineData("summary: A supplier", "summary: A supplier and a very long sentence that goes on and on and on, longer than any card could show, longer than any search result could show, longer than two hundred characters, which is the limit", ValidationErrorKind.StringTooLong)]
    public async Task A_wrong_front_matter_fails(string find, string replace, ValidationErrorKind expected)
    {
        using var catalogue = new TestCatalogue();
        var schema = await Load(JsonSchemaExport.For(EntryTypes.Case, Config));
        var valid = File.ReadAllText(Path.Combine(catalogue.Content, "cases", "acme-case.md"));
        Assert.Empty(Problems(schema, FrontMatterJson(valid)));

        Assert.Contains(find, valid);
        var kinds = Flatten(schema.Validate(FrontMatterJson(valid.Replace(find, replace)))).Select(e => e.Kind);
        Assert.Contains(expected, kinds);
    }

    [Fact]
    public async Task Sources_schema_rejects_a_wrong_year_and_type()
    {
        var schema = await Load(JsonSchemaExport.ForSources(Config));
        var kinds = Flatten(schema.Validate("""[{"id": "x-2016", "authors": ["X, Y."], "year": 1500, "type": "blog"}]""")).Select(e => e.Kind).ToList();
        Assert.Contains(ValidationErrorKind.NumberTooSmall, kinds);
        Assert.Contains(ValidationErrorKind.NotInEnumeration, kinds);
    }

    [Fact]
    public void Each_schema_covers_every_field_that_ContentSchema_declares()
    {
        foreach (var kind in EntryTypes.Standard.Types)
            AssertCovers(kind.AsObject, JsonSchemaExport.For(kind, Config).Schema, kind.Name);
        AssertCovers(new ListType(ContentSchema.Source), JsonSchemaExport.ForSources(Config).Schema, "sources");
        AssertCovers(ContentSchema.Site, JsonSchemaExport.ForSite(Config).Schema, "site");
    }

    [Fact]
    public async Task A_build_publishes_each_schema_at_its_id()
    {
        using var catalogue = new TestCatalogue();
        Assert.True((await catalogue.BuildAsync()).Succeeded);
        var files = Directory.GetFiles(Path.Combine(catalogue.Output, "schema")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(EntryTypes.Standard.Types.Select(k => $"{k.Name}.schema.json").Append("site.schema.json").Append("sources.schema.json").Order(), files);

        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(catalogue.Output, "schema", "case.schema.json")))!;
        Assert.Equal("https://example.org/schema/case.schema.json", (string?)schema["$id"]);
        Assert.Equal(JsonSchemaExport.Dialect, (string?)schema["$schema"]);
    }

    private static void AssertCovers(FieldType type, JsonObject schema, string path)
    {
        switch (type)
        {
            case ObjectType obj:
                var properties = schema["properties"]!.AsObject();
                Assert.Equal(obj.Fields.Select(f => f.Name), properties.Select(p => p.Key));
                Assert.Equal(obj.Fields.Where(f => f.Required).Select(f => f.Name), schema["required"]?.AsArray().Select(n => (string)n!) ?? []);
                Assert.False((bool)schema["additionalProperties"]!, path);
                foreach (var field in obj.Fields)
                {
                    var property = properties[field.Name]!.AsObject();
                    Assert.Equal(FieldHelp.For(field), (string?)property["description"]);
                    AssertCovers(field.Type, property, $"{path}.{field.Name}");
                }
                break;
            case ListType list:
                Assert.Equal("array", (string?)schema["type"]);
                AssertCovers(list.Item, schema["items"]!.AsObject(), path + "[]");
                break;
            default:
                Assert.True(schema["type"] is not null, $"{path} has no type");
                break;
        }
    }

    private static Task<JsonSchema> Load(JsonSchemaFile file) => JsonSchema.FromJsonAsync(file.ToJson());

    private static IEnumerable<string> Problems(JsonSchema schema, string json) => Flatten(schema.Validate(json)).Select(e => e.ToString());

    /// <summary>Errors inside list items and nested objects come wrapped; these are the ones that say what is wrong.</summary>
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) => errors.SelectMany(e =>
        e is ChildSchemaValidationError child ? Flatten(child.Errors.SelectMany(p => p.Value)).Prepend(e) : [e]);

    private static string FrontMatterJson(string text)
    {
        var diagnostics = new DiagnosticBag();
        var front = FrontMatter.Split(TextFile.NormalizeLineEndings(text), "entry.md", diagnostics)!;
        return YamlJson.From(YamlLoader.Load(new SourceText(front.Yaml, "entry.md", front.YamlLine), diagnostics)!)!.ToJsonString();
    }

    private static string YamlFileJson(string path) =>
        YamlJson.From(YamlLoader.Load(new SourceText(File.ReadAllText(path), path, 1), new DiagnosticBag())!)!.ToJsonString();
}
