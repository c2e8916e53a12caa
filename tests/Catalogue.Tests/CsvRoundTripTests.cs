using System.Globalization;
using System.Text.Json.Nodes;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Output;
using Catalogue.Model.Types;

using Catalogue.Model.Types.Standard;

namespace Catalogue.Tests;

/// <summary>
/// Every CSV file of the built site, read with a standard parser, holds exactly what catalogue.json holds:
/// every entry and source, every single value, and every list item as written, in order.
/// </summary>
public class CsvRoundTripTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private sealed record ListItem(string Id, string Field, int Position, string Value);

    private string Read(string sitePath) => File.ReadAllText(Path.Combine(site.Output, sitePath));

    private JsonNode Data => JsonNode.Parse(Read(CatalogueData.SitePath))!;

    public static TheoryData<string> Kinds() => [.. EntryTypes.Standard.Listed.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_main_table_of_a_type_has_every_entry_and_every_single_value(string type)
    {
        var kind = EntryTypes.Standard.Listed.Single(k => k.Name == type);
        var entries = Data["entries"]!.AsArray().Where(e => (string?)e!["type"] == type).ToList();
        var records = CsvFile.Records(Read(CsvTables.SitePath(kind)));
        var header = records[0];
        var rows = records.Skip(1).ToDictionary(r => r[0]);

        Assert.Equal(entries.Select(e => (string)e!["id"]!).Order(), rows.Keys.Order());
        foreach (var entry in entries)
        {
            var row = rows[(string)entry!["id"]!];
            Assert.Equal((string?)entry["url"], row[header.IndexOf("url")]);
            AssertSingleValues(entry["fields"]!.AsObject(), header, row, lead: 2);
        }
    }

    /// <summary>
    /// The codebook names every column of every main table and every list of every lists table once, and labels
    /// each as catalogue.json's field_origins does: a method's guide is guidance, where it was seen is sourced.
    /// </summary>
    [Fact]
    public void The_codebook_covers_every_column_and_labels_guidance_as_the_catalogue_s_advice()
    {
        var codebook = CsvFile.Records(Read(CsvTables.CodebookSitePath));
        Assert.Equal(CsvTables.CodebookHeader, codebook[0]);
        var rows = codebook.Skip(1).ToList();
        foreach (var kind in EntryTypes.Standard.Listed)
        {
            var header = CsvFile.Records(Read(CsvTables.SitePath(kind)))[0];
            var described = rows.Where(r => r[0] == $"{kind.Folder}.csv").Select(r => r[1]).ToList();
            Assert.Equal(header.Except(["id", "url"]).Order(), described.Order());
            var lists = rows.Where(r => r[0] == $"{kind.Folder}-lists.csv").Select(r => r[2]).ToList();
            Assert.Equal(CsvTables.ListFields(kind).Order(), lists.Order());
        }
        var guidance = CsvTables.OriginLabel(Origin.Guidance);
        var origins = rows.Where(r => r[0].StartsWith("methods")).ToDictionary(r => r[2], r => r[3]);
        Assert.Equal(guidance, origins["guide.duration"]);
        Assert.Equal(guidance, origins["guide.steps"]);
        Assert.Equal(CsvTables.OriginLabel(Origin.Sourced), origins["seen_at"]);
        Assert.Equal("guidance: the catalogue's advice, not from the research", rows.Single(r => r[0] == "practices.csv" && r[1] == "workshop.duration.min")[3]);
        // Every field catalogue.json calls guidance is guidance in the codebook.
        foreach (var path in Data["field_origins"]!["method"]!["guidance"]!.AsArray().Select(p => (string)p!))
            Assert.All(rows.Where(r => r[0].StartsWith("methods") && (r[2] == path || r[2].StartsWith(path + "."))), r => Assert.Equal(guidance, r[3]));
    }

    [Fact]
    public void The_sources_table_has_every_source_and_every_single_value()
    {
        var sources = Data["sources"]!.AsArray();
        var records = CsvFile.Records(Read(CsvTables.SourcesSitePath));
        var header = records[0];
        var rows = records.Skip(1).ToDictionary(r => r[0]);

        Assert.Equal(sources.Select(s => (string)s!["id"]!).Order(), rows.Keys.Order());
        foreach (var source in sources)
        {
            var row = rows[(string)source!["id"]!];
            Assert.Equal((string?)source["reference"], row[header.IndexOf("reference")]);
            Assert.Equal((string?)source["link"] ?? "", row[header.IndexOf("link")]);
            var fields = source["fields"]!.AsObject().DeepClone().AsObject();
            fields.Remove("id");
            AssertSingleValues(fields, header, row, lead: 3);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_lists_table_of_a_type_has_every_list_item_exactly(string type)
    {
        var kind = EntryTypes.Standard.Listed.Single(k => k.Name == type);
        var expected = Data["entries"]!.AsArray().Where(e => (string?)e!["type"] == type)
            .SelectMany(e => ListItems((string)e!["id"]!, e["fields"]!.AsObject(), kind.Fields));
        AssertListTable(expected, Read(CsvTables.ListsSitePath(kind)));
    }

    [Fact]
    public void The_sources_lists_table_has_every_author_exactly()
    {
        var expected = Data["sources"]!.AsArray().SelectMany(s => ListItems((string)s!["id"]!, s["fields"]!.AsObject(), ContentSchema.Source.Fields));
        AssertListTable(expected, Read(CsvTables.SourceListsSitePath));
    }

    /// <summary>The items that a separator in a cell would split: they must come back whole.</summary>
    [Fact]
    public void Items_holding_a_semicolon_come_back_whole()
    {
        var tricky = EntryTypes.Standard.Listed.SelectMany(k => CsvFile.Records(Read(CsvTables.ListsSitePath(k))).Skip(1))
            .Where(r => r[3].Contains("; ")).ToList();
        Assert.NotEmpty(tricky);
        var data = Data["entries"]!.AsArray();
        foreach (var item in tricky)
        {
            var entry = data.Single(e => (string?)e!["id"] == item[0])!;
            var list = Walk(entry["fields"]!, item[1].Split('.'))!.AsArray();
            Assert.Equal((string?)list[int.Parse(item[2], CultureInfo.InvariantCulture) - 1], item[3]);
        }
    }

    private static void AssertListTable(IEnumerable<ListItem> expected, string csv)
    {
        var records = CsvFile.Records(csv);
        Assert.Equal(CsvTables.ListsHeader, records[0]);
        var actual = records.Skip(1).Select(r => new ListItem(r[0], r[1], int.Parse(r[2], CultureInfo.InvariantCulture), r[3]));
        Assert.Equal(Sorted(expected), Sorted(actual));
    }

    private static List<ListItem> Sorted(IEnumerable<ListItem> items) =>
        [.. items.OrderBy(i => i.Id, StringComparer.Ordinal).ThenBy(i => i.Field, StringComparer.Ordinal).ThenBy(i => i.Position)];

    /// <summary>Every value outside a list has the column named by its path; every column after the lead ones holds that value, or nothing.</summary>
    private static void AssertSingleValues(JsonObject fields, List<string> header, List<string> row, int lead)
    {
        var values = SingleValues(fields, "").ToDictionary();
        Assert.Subset(header.ToHashSet(), values.Keys.ToHashSet());
        for (var i = lead; i < header.Count; i++)
            Assert.Equal(values.GetValueOrDefault(header[i], ""), row[i]);
    }

    private static IEnumerable<(string Path, string Value)> SingleValues(JsonObject fields, string prefix)
    {
        foreach (var (name, node) in fields)
        {
            switch (node)
            {
                case JsonObject inner:
                    foreach (var value in SingleValues(inner, prefix + name + "."))
                        yield return value;
                    break;
                case JsonArray:
                    break;
                case JsonValue value:
                    yield return (prefix + name, Text(value));
                    break;
            }
        }
    }

    /// <summary>The list items of an entry's fields as catalogue.json has them; an item that is a set stands for itself by the content model's first field.</summary>
    private static IEnumerable<ListItem> ListItems(string id, JsonObject fields, IEnumerable<FieldSpec> specs, string prefix = "")
    {
        foreach (var (name, node) in fields)
        {
            var spec = specs.Single(f => f.Name == name);
            switch (node)
            {
                case JsonObject inner:
                    foreach (var item in ListItems(id, inner, ((ObjectType)spec.Type).Fields, prefix + name + "."))
                        yield return item;
                    break;
                case JsonArray list:
                    var first = ((ListType)spec.Type).Item is ObjectType set ? set.Fields[0].Name : null;
                    for (var i = 0; i < list.Count; i++)
                    {
                        // An item that is a set without its first field (a plan's break has no entry) gives an empty value.
                        var value = first is null ? list[i] : list[i]![first];
                        yield return new(id, prefix + name, i + 1, value is null ? "" : Text(value.AsValue()));
                    }
                    break;
            }
        }
    }

    private static JsonNode? Walk(JsonNode node, IEnumerable<string> path) =>
        path.Aggregate((JsonNode?)node, (n, step) => n is JsonObject o ? o[step] : null);

    private static string Text(JsonValue value) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.String => (string)value!,
        System.Text.Json.JsonValueKind.True => "true",
        System.Text.Json.JsonValueKind.False => "false",
        _ => value.ToJsonString(),
    };
}
