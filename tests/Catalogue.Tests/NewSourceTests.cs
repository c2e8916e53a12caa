using System.CommandLine;
using Catalogue.Cli;
using Catalogue.Diagnostics;
using Catalogue.Pipeline.Read;
using Catalogue.Scaffold;

namespace Catalogue.Tests;

/// <summary>`catalogue new source`.</summary>
public class NewSourceTests
{
    [Fact]
    public void A_source_is_appended_after_the_untouched_text_and_reads_back()
    {
        using var catalogue = new TestCatalogue();
        var before = File.ReadAllText(SourcesFile(catalogue));

        var added = SourceAppender.Append(catalogue.Content, Draft(("authors", ["Marcos-Cuevas, J.", "Nätti, S."]), ("year", ["2016"]),
            ("title", ["Co-creation: \"a second look\""]), ("type", ["article"])));

        Assert.Equal("marcos-cuevas-2016b", added.Id);
        var after = File.ReadAllText(SourcesFile(catalogue));
        Assert.StartsWith(before, after);
        Assert.Equal("- id: marcos-cuevas-2016b", after.Split('\n')[added.Line - 1]);
        var (sources, diagnostics) = ReadSources(catalogue);
        Assert.Empty(diagnostics.Sorted());
        var source = Assert.Single(sources, s => s.Id == added.Id);
        Assert.Equal(["Marcos-Cuevas, J.", "Nätti, S."], source.Authors);
        Assert.Equal((2016, "Co-creation: \"a second look\""), (source.Year, source.Title));
    }

    [Fact]
    public async Task Concurrent_runs_each_append_their_source()
    {
        using var catalogue = new TestCatalogue();
        var runs = Enumerable.Range(0, 4).Select(n => Task.Run(() =>
            SourceAppender.Append(catalogue.Content, Draft(("authors", ["Marcos-Cuevas, J."]), ("year", ["2016"]), ("title", [$"Paper {n}"])))));
        var added = await Task.WhenAll(runs);

        Assert.Equal(["marcos-cuevas-2016b", "marcos-cuevas-2016c", "marcos-cuevas-2016d", "marcos-cuevas-2016e"], added.Select(a => a.Id).Order());
        var (sources, diagnostics) = ReadSources(catalogue);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(5, sources.Count);
        Assert.Equal(Enumerable.Range(0, 4).Select(n => $"Paper {n}"), sources.Skip(1).Select(s => s.Title!).Order());
    }

    [Theory]
    [InlineData("no title or note", "", true)]
    [InlineData("a year that is not a number", "year=twenty", true)]
    [InlineData("an id already used", "id=marcos-cuevas-2016", false)]
    public void A_source_that_would_not_read_is_refused_and_nothing_is_written(string why, string change, bool usage)
    {
        using var catalogue = new TestCatalogue();
        var before = File.ReadAllBytes(SourcesFile(catalogue));
        var fields = new Dictionary<string, IReadOnlyList<string>> { ["authors"] = ["Doe, J."], ["year"] = ["2020"] };
        if (why != "no title or note") fields["title"] = ["A title"];
        if (change.Split('=') is [var field, var value]) fields[field] = [value];

        var refusal = Assert.Throws<ScaffoldException>(() => SourceAppender.Append(catalogue.Content, new SourceDraft(fields)));
        Assert.Equal(usage, refusal.IsUsageError);
        Assert.StartsWith(Path.Combine(catalogue.Content, "sources.yaml").Replace('\\', '/'), refusal.Message.Replace('\\', '/'));
        Assert.Equal(before, File.ReadAllBytes(SourcesFile(catalogue)));
    }

    [Fact]
    public void A_bibliography_the_addition_would_break_is_left_alone()
    {
        using var catalogue = new TestCatalogue();
        // A list indented by two spaces: a new item at the margin would no longer belong to it.
        catalogue.Write("sources.yaml", """
              - id: marcos-cuevas-2016
                authors: ["Marcos-Cuevas, J."]
                year: 2016
                title: Value co-creation practices and capabilities
            """);
        var before = File.ReadAllBytes(SourcesFile(catalogue));
        var refusal = Assert.Throws<ScaffoldException>(() => SourceAppender.Append(catalogue.Content, Draft(("authors", ["Doe, J."]), ("year", ["2020"]), ("title", ["T"]))));
        Assert.Contains("would not be valid YAML", refusal.Message);
        Assert.False(refusal.IsUsageError);
        Assert.Equal(before, File.ReadAllBytes(SourcesFile(catalogue)));
    }

    [Fact]
    public async Task The_command_takes_its_options_from_the_schema()
    {
        using var catalogue = new TestCatalogue();
        var exit = await new RootCommand { NewCommand.Create() }.Parse(["new", "source", "--author", "Karpen, I. O.", "--author", "Bove, L. L.",
            "--year", "2011", "--title", "Linking service-dominant logic and strategic business practice", "--type", "article", "--content", catalogue.Content]).InvokeAsync();

        Assert.Equal(ExitCodes.Success, exit);
        var source = Assert.Single(ReadSources(catalogue).Sources, s => s.Id == "karpen-2011");
        Assert.Equal(["Karpen, I. O.", "Bove, L. L."], source.Authors);
        Assert.Equal("article", source.Fields.Text("type"));
    }

    private static SourceDraft Draft(params (string Field, IReadOnlyList<string> Values)[] fields) =>
        new(fields.ToDictionary(f => f.Field, f => f.Values));

    private static string SourcesFile(TestCatalogue catalogue) => Path.Combine(catalogue.Content, "sources.yaml");

    private static (IReadOnlyList<Model.Source> Sources, DiagnosticBag Diagnostics) ReadSources(TestCatalogue catalogue)
    {
        var diagnostics = new DiagnosticBag();
        return (SourcesReader.Read(SourcesFile(catalogue), "sources.yaml", diagnostics) ?? [], diagnostics);
    }
}
