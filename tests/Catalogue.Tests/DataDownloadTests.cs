using System.Text.Json.Nodes;
using Catalogue.Output;
using NJsonSchema;

namespace Catalogue.Tests;

/// <summary>The data downloads of the real content: catalogue.json against its published schema, and the CSV tables.</summary>
public class DataDownloadTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private string Read(string sitePath) => File.ReadAllText(Path.Combine(site.Output, sitePath));

    private static string[] ContentFiles(string folder) =>
        EntryFiles.In(Path.Combine(RealSiteFixture.RepositoryRoot, "content", folder));

    [Fact]
    public async Task Catalogue_json_fits_its_published_schema()
    {
        var schema = await JsonSchema.FromJsonAsync(Read(CatalogueDataSchema.SitePath));
        var errors = schema.Validate(Read(CatalogueData.SitePath));
        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task The_schema_rejects_an_entry_whose_fields_break_the_content_model()
    {
        var schema = await JsonSchema.FromJsonAsync(Read(CatalogueDataSchema.SitePath));
        var data = JsonNode.Parse(Read(CatalogueData.SitePath))!;
        var practice = data["entries"]!.AsArray().First(e => (string?)e!["type"] == "practice")!;
        practice["fields"]!["workshop"]!["difficulty"] = "impossible";
        Assert.NotEmpty(schema.Validate(data.ToJsonString()));
    }

    [Fact]
    public void Catalogue_json_has_every_entry_and_source_with_its_links_by_field()
    {
        var data = JsonNode.Parse(Read(CatalogueData.SitePath))!;
        Assert.Equal(1, (int)data["schema_version"]!);
        Assert.Equal("https://co-creation-catalogue.netlify.app/data/catalogue.schema.json", (string?)data["$schema"]);
        Assert.Equal("CC BY 4.0", (string?)data["license"]!["name"]);
        var entries = data["entries"]!.AsArray();
        var folders = Directory.GetDirectories(Path.Combine(RealSiteFixture.RepositoryRoot, "content"));
        Assert.Equal(folders.Sum(f => EntryFiles.In(f).Length), entries.Count);

        var bekaert = entries.Single(e => (string?)e!["id"] == "bekaert-carding")!;
        Assert.Equal("case", (string?)bekaert["type"]);
        Assert.Contains("co-testing", bekaert["links"]!["practices"]!.AsArray().Select(id => (string?)id));
        Assert.Contains("marcos-cuevas-2016", bekaert["sources"]!.AsArray().Select(id => (string?)id));
        Assert.Equal("Steel wire (textile carding)", (string?)bekaert["fields"]!["industry"]);
        Assert.StartsWith("## The story", (string?)bekaert["body"]);
        var coordination = bekaert["fields"]!["practices"]!.AsArray().Single(r => (string?)r!["practice"] == "coordination")!;
        Assert.True((bool)coordination["interpretation"]!);
        Assert.StartsWith("Table 5 gives embedding and coordination one shared column", (string?)coordination["reason"]);

        var sources = data["sources"]!.AsArray();
        Assert.Contains(sources, s => (string?)s!["id"] == "marcos-cuevas-2016" && ((string?)s["reference"])!.StartsWith("Marcos-Cuevas, J."));
    }

    [Theory]
    [InlineData("practices")]
    [InlineData("capabilities")]
    [InlineData("cases")]
    [InlineData("concepts")]
    [InlineData("frameworks")]
    [InlineData("challenges")]
    [InlineData("workshops")]
    [InlineData("dimensions")]
    public void Each_csv_table_has_a_header_and_one_row_per_entry(string folder)
    {
        var records = CsvFile.Records(Read($"data/{folder}.csv"));
        var ids = ContentFiles(folder).Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.Equal(["id", "url", "title", "summary"], records[0].Take(4));
        Assert.All(records, r => Assert.Equal(records[0].Count, r.Count));
        Assert.Equal(ids, records.Skip(1).Select(r => r[0]).Order());
    }

    [Fact]
    public void The_practice_table_flattens_the_workshop_and_names_the_capabilities()
    {
        var records = CsvFile.Records(Read("data/practices.csv"));
        var header = records[0];
        var coDesign = records.Single(r => r[0] == "co-design");
        string Cell(string column) => coDesign[header.IndexOf(column)];
        Assert.Equal("120", Cell("workshop.duration.min"));
        Assert.Equal("hard", Cell("workshop.difficulty"));
        Assert.Equal("https://co-creation-catalogue.netlify.app/practices/co-design/", Cell("url"));
    }

    [Fact]
    public void The_practice_lists_give_each_capability_a_row_in_order()
    {
        var records = CsvFile.Records(Read("data/practices-lists.csv"));
        Assert.Equal(["id", "field", "position", "value"], records[0]);
        var capabilities = records.Where(r => r[0] == "co-design" && r[1] == "capabilities").ToList();
        Assert.Equal(["developmental", "empowered", "concerted"], capabilities.Select(r => r[3]));
        Assert.Equal(["1", "2", "3"], capabilities.Select(r => r[2]));
    }

    [Fact]
    public void The_sources_table_has_every_source()
    {
        var records = CsvFile.Records(Read("data/sources.csv"));
        var data = JsonNode.Parse(Read(CatalogueData.SitePath))!;
        Assert.Equal(data["sources"]!.AsArray().Count, records.Count - 1);
    }

    [Fact]
    public void Csv_quotes_commas_quotes_and_line_breaks_and_ends_lines_with_crlf()
    {
        var text = Csv.Write(["a", "b"], [["plain", "with, comma"], ["say \"hi\"", "two\nlines"]]);
        Assert.Equal("a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n", text);
        Assert.Equal([["a", "b"], ["plain", "with, comma"], ["say \"hi\"", "two\nlines"]], CsvFile.Records(text));
    }

    [Fact]
    public void The_data_page_links_every_file_and_says_how_to_cite()
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Read("data/index.html"));
        var links = page.QuerySelectorAll(".data-files a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/data/catalogue.json", links);
        Assert.Contains("/data/catalogue.schema.json", links);
        Assert.Contains("/data/cases.csv", links);
        Assert.Contains("/data/cases-lists.csv", links);
        Assert.Contains("/data/sources.csv", links);
        Assert.Contains("CC BY 4.0", page.QuerySelector("#licence + p")!.TextContent);
        Assert.Contains("Retrieved on", page.QuerySelector("blockquote")!.TextContent);
        Assert.NotNull(page.QuerySelector(".footer-tools a[href='/data/'][aria-current=page]"));
    }
}
