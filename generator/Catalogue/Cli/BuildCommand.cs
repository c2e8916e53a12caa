using System.CommandLine;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Index;

namespace Catalogue.Cli;

/// <summary>`catalogue build` and `catalogue check`: the same stages, with and without writing.</summary>
public static class BuildCommand
{
    public static readonly Option<string> Content = new("--content")
    {
        Description = "The folder of entries.",
        DefaultValueFactory = _ => "content",
    };

    public static readonly Option<string> Output = new("--output")
    {
        Description = "Where to write the site; replaced only when the build succeeds.",
        DefaultValueFactory = _ => "_site",
    };

    public static readonly Option<string?> BaseUrl = new("--base-url")
    {
        Description = "The address the site is published at, for canonical links and the sitemap (overrides site.yaml).",
    };

    public static readonly Option<bool> NoSearch = new("--no-search")
    {
        Description = "Skip building the search index (which needs Node.js and npm).",
    };

    public static Command Build()
    {
        var command = new Command("build", "Build the site from the content folder.") { Content, Output, BaseUrl, NoSearch };
        command.SetAction((result, cancel) => RunAsync(result, write: true, cancel));
        return command;
    }

    public static Command Check()
    {
        var command = new Command("check", "Check every entry and link; write nothing.") { Content, BaseUrl };
        command.SetAction((result, cancel) => RunAsync(result, write: false, cancel));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, bool write, CancellationToken cancel)
    {
        var reporter = Reporter.For(parse);
        var options = new BuildOptions(parse.GetValue(Content)!, parse.GetValue(Output) ?? "_site", parse.GetValue(BaseUrl), !parse.GetValue(NoSearch));
        BuildResult result;
        try
        {
            result = await reporter.WithProgressAsync("Reading content",
                progress => new SiteBuilder(options).BuildAsync(write, progress, cancel));
        }
        catch (SearchIndexException e)
        {
            reporter.Failure(e.Message);
            reporter.Failure($"Build failed; {options.Output} was left as it was.");
            return ExitCodes.ContentErrors;
        }

        reporter.Diagnostics(result.Diagnostics);
        if (!result.Succeeded)
        {
            reporter.Failure(write
                ? $"Build failed; {options.Output} was left as it was."
                : "Check failed.");
            return ExitCodes.ContentErrors;
        }
        reporter.Success(write
            ? $"Built {Reporter.Plural(result.PagesWritten, "page")} from {Reporter.Plural(result.EntriesRead, "entry", "entries")} into {options.Output} in {Reporter.Seconds(result.Elapsed)}."
            : $"Checked {Reporter.Plural(result.EntriesRead, "entry", "entries")} in {Reporter.Seconds(result.Elapsed)}: no errors.");
        return ExitCodes.Success;
    }
}
