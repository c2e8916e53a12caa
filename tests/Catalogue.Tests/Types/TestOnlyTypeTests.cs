using System.Text.Json.Nodes;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;
using Catalogue.Output;
using Catalogue.Scaffold;

namespace Catalogue.Tests.Types;

/// <summary>
/// A type that exists only here, declared the way the standard ones are, reaches every part of the site
/// with no other change: its pages, list page, navigation, search filter, CSV, schemas, workshop blocks and
/// `catalogue new` template. If a part of the generator still keeps its own list of types, this fails.
/// </summary>
public sealed class TestOnlyTypeTests : IDisposable
{
    private static readonly EntryType Tool = new()
    {
        Name = "tool",
        Folder = "tools",
        Order = 65,
        Description = "A piece of software that a co-creation session runs on.",
        Fields =
        [
            .. Fields.Common(true),
            Fields.Refs("practices", true, "The practices it supports.", "practice"),
            Fields.Text("vendor", false, "Who makes it."),
            Fields.Related,
        ],
        RequiredSections = ["What it does"],
        WorkshopBlock = true,
        ListFacts = ["vendor"],
    };

    private static readonly ContentModel Model = EntryTypes.Standard.With(Tool);

    private readonly TestCatalogue _catalogue = new TestCatalogue { Model = Model }
        .Write("tools/_index.md", """
            ---
            title: Software
            summary: Tools that co-creation sessions run on.
            ---
            """)
        .Write("tools/shared-whiteboard.md", """
            ---
            title: Shared whiteboard
            summary: A board both teams draw on at once.
            sources: [marcos-cuevas-2016]
            practices: [co-design]
            vendor: Example Ltd
            ---
            ## What it does

            Lets a customer and a supplier sketch together [@marcos-cuevas-2016].
            """)
        .Edit("cases/acme-case.md", "  - Downtime fell [@marcos-cuevas-2016, Table 2].\n", "  - Downtime fell [@marcos-cuevas-2016, Table 2].\nrelated: [shared-whiteboard]\n");

    public void Dispose() => _catalogue.Dispose();

    private string Read(string sitePath) => File.ReadAllText(Path.Combine(_catalogue.Output, sitePath));

    [Fact]
    public async Task A_type_declared_only_in_a_test_builds_into_every_part_of_the_site()
    {
        var result = await _catalogue.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);

        // Its page, with the label above the title and the search filter for its type.
        var page = _catalogue.Page("tools/shared-whiteboard");
        Assert.Contains("<h1", page);
        Assert.Contains("Shared whiteboard", page);
        Assert.Contains("data-pagefind-filter=\"type:Tool\"", page);

        // Its list page, titled and introduced by the folder's _index.md, with the fact the type lists.
        var list = _catalogue.Page("tools");
        Assert.Contains("Software", list);
        Assert.Contains("Tools that co-creation sessions run on.", list);
        Assert.Contains("Example Ltd", list);

        // In the navigation of every page, and among the home page's sections.
        var home = _catalogue.Page("");
        Assert.Contains("href=\"/tools/\"", home);
        Assert.Contains("href=\"/tools/\"", _catalogue.Page("cases/acme-case"));

        // A case may name it under 'related', since "any entry" now includes it; its page lists the case.
        Assert.Contains("href=\"/cases/acme-case/\"", page);

        // Its CSV tables and its rows in catalogue.json.
        var csv = CsvFile.Records(Read(CsvTables.SitePath(Tool)));
        Assert.Contains("vendor", csv[0]);
        Assert.Contains(csv, r => r[0] == "shared-whiteboard" && r.Contains("Example Ltd"));
        Assert.Contains(CsvFile.Records(Read(CsvTables.ListsSitePath(Tool))), r => r[0] == "shared-whiteboard" && r[1] == "practices" && r[3] == "co-design");
        var data = JsonNode.Parse(Read(CatalogueData.SitePath))!;
        Assert.Contains(data["entries"]!.AsArray(), e => (string?)e!["type"] == "tool" && (string?)e["id"] == "shared-whiteboard");

        // Its JSON Schema, and its place in the schema of catalogue.json.
        var schema = JsonNode.Parse(Read("schema/tool.schema.json"))!;
        Assert.NotNull(schema["properties"]!["vendor"]);
        Assert.Contains("the id of a practice", schema["properties"]!["practices"]!.ToJsonString());
        Assert.NotNull(JsonNode.Parse(Read(CatalogueDataSchema.SitePath))!["$defs"]!["tool"]);

        // A workshop block, and the workshop builder's description names the type.
        Assert.Contains(JsonNode.Parse(Read(WorkshopBlocks.SitePath))!["entries"]!.AsArray(), b => (string?)b!["kind"] == "tool");
        Assert.Contains("cases and tools", _catalogue.Page("workshop"));
    }

    [Fact]
    public async Task Check_holds_the_type_to_its_declaration()
    {
        _catalogue.Edit("tools/shared-whiteboard.md", "practices: [co-design]", "practices: [acme-case]");
        var diagnostic = await _catalogue.SingleDiagnosticAsync();
        Assert.Equal("tools/shared-whiteboard.md", TestCatalogue.Rel(diagnostic));
        Assert.Contains("'acme-case' is a case, not a practice", diagnostic.Message);
    }

    [Fact]
    public void Catalogue_new_writes_its_template()
    {
        var entry = EntryScaffolder.Create(_catalogue.Content, Tool, "Sticky wall", model: Model);
        var text = File.ReadAllText(entry.FullPath);
        Assert.EndsWith("tools/sticky-wall.md", entry.FullPath);
        Assert.Contains("schema/tool.schema.json", text);
        Assert.Contains("\npractices:", text);
        Assert.Contains("# vendor:", text);
        Assert.Contains("## What it does", text);
    }
}
