using Catalogue.Cli.GitHubActions;
using Catalogue.Diagnostics;

namespace Catalogue.Tests;

/// <summary>Diagnostics as GitHub annotations on the pull request's lines.</summary>
public class GitHubAnnotationTests
{
    [Fact]
    public void An_error_becomes_an_error_command_with_file_line_column_and_code()
    {
        var diagnostic = new Diagnostic(Severity.Error, Codes.UnknownReference, "unknown practice 'co-desing'",
            new SourceLocation("content/cases/x.md", 12, 16), "did you mean 'co-design'?");

        Assert.Equal("::error file=content/cases/x.md,line=12,col=16,title=CAT040::unknown practice 'co-desing' (did you mean 'co-design'?)",
            WorkflowCommands.Annotation(diagnostic));
    }

    [Fact]
    public void A_warning_becomes_a_warning_command_and_a_windows_path_gets_forward_slashes()
    {
        var diagnostic = new Diagnostic(Severity.Warning, Codes.Orphan, "no entry links to this concept", new SourceLocation(@"content\concepts\x.md", 1, 1));

        Assert.Equal("::warning file=content/concepts/x.md,line=1,col=1,title=CAT060::no entry links to this concept", WorkflowCommands.Annotation(diagnostic));
    }

    [Fact]
    public void Messages_escape_percent_and_line_breaks_and_properties_also_colons_and_commas()
    {
        Assert.Equal("100%25 done%0D%0Anext: a, b", WorkflowCommands.EscapeData("100% done\r\nnext: a, b"));
        Assert.Equal("C%3A/a%2Cb%25%0A", WorkflowCommands.EscapeProperty("C:/a,b%\n"));

        var diagnostic = new Diagnostic(Severity.Error, Codes.YamlSyntax, "bad: 50%\nvalue", new SourceLocation("content/cases/a,b.md", 2, 3));
        Assert.Equal("::error file=content/cases/a%2Cb.md,line=2,col=3,title=CAT012::bad: 50%25%0Avalue", WorkflowCommands.Annotation(diagnostic));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build --no-search")]
    public async Task Annotations_are_printed_under_GitHub_Actions_only(string command)
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "practice: co-design", "practice: co-desing");
        var args = command.Split(' ');

        var inActions = await CatalogueProcess.RunAsync(c.Root, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, args);
        var elsewhere = await CatalogueProcess.RunAsync(c.Root, new Dictionary<string, string>(), args);

        const string annotation = "::error file=content/cases/acme-case.md,line=9,col=15,title=CAT040::unknown practice 'co-desing' (did you mean 'co-design'?)";
        Assert.Equal(1, inActions.ExitCode);
        Assert.Contains(annotation, inActions.Output.Split('\n'));
        Assert.Contains("content/cases/acme-case.md:9:15: error CAT040", inActions.Errors); // the usual line stays
        Assert.Equal(1, elsewhere.ExitCode);
        Assert.DoesNotContain("::", elsewhere.Output);
        Assert.Contains("content/cases/acme-case.md:9:15: error CAT040", elsewhere.Errors);
    }
}
