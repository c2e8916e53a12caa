using System.CommandLine;
using System.Runtime;
using Catalogue.Cli.GitHubActions;
using Catalogue.Output;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Cache;
using Catalogue.Pipeline.Compare;
using Catalogue.Pipeline.Index;
using Catalogue.Reporting;

namespace Catalogue.Cli;

/// <summary>`catalogue build` and `catalogue check`: the same stages, with and without writing.</summary>
internal static class BuildCommand
{
    public static readonly Option<string> Content = new Option<string>("--content")
    {
        Description = "The folder of entries.",
        DefaultValueFactory = _ => "content",
    }.NeedsPath();

    public static readonly Option<string> Output = new Option<string>("--output")
    {
        Description = "Where to write the site: a new or empty folder, or one an earlier build wrote (never the content, the theme, a repository, the current folder or home). Replaced whole, and only when the build succeeds.",
        DefaultValueFactory = _ => "_site",
    }.NeedsPath();

    public static readonly Option<string?> BaseUrl = new("--base-url")
    {
        Description = "The address the site is published at, for canonical links and the sitemap (overrides site.yaml).",
    };

    public static readonly Option<bool> NoSearch = new("--no-search")
    {
        Description = "Skip building the search index (which needs Node.js and npm).",
    };

    public static readonly Option<bool> Timings = new("--timings")
    {
        Description = "Also print how long each stage took.",
    };

    public static readonly Option<bool> NoCache = new("--no-cache")
    {
        Description = "Read and parse every entry afresh, neither using nor updating what earlier runs kept (~/.cache/catalogue).",
    };

    public static readonly Option<string?> Base = new Option<string?>("--base")
    {
        Description = "The base branch's content folder: the job summary tells what the change does to it.",
    }.NeedsPath();

    public static readonly Option<string?> BaseRef = new("--base-ref")
    {
        Description = "A git ref (such as origin/main) whose content folder the job summary compares with.",
    };

    public static Command Build()
    {
        var command = new Command("build", "Build the site from the content folder.") { Content, Output, BaseUrl, NoSearch, NoCache, Timings };
        command.SetAction(async (parse, cancel) => (await RunAsync(parse, Reporter.For(parse), write: true, cancel)).ExitCode);
        return command;
    }

    public static Command Check()
    {
        var command = new Command("check", "Check every entry and link; write nothing but the cache of what it found.") { Content, BaseUrl, Base, BaseRef, NoCache, Timings };
        command.Validators.Add(result =>
        {
            if (result.GetResult(Base) is not null && result.GetResult(BaseRef) is not null)
                result.AddError("give the base content with --base or --base-ref, not both");
        });
        command.SetAction(CheckAsync);
        return command;
    }

    private static async Task<int> CheckAsync(ParseResult parse, CancellationToken cancel)
    {
        var reporter = Reporter.For(parse);
        BaseContent? baseContent;
        try
        {
            baseContent = await BaseContent.OpenAsync(parse.GetValue(Base), parse.GetValue(BaseRef), parse.GetValue(Content)!, cancel);
        }
        catch (BaseContentException e)
        {
            reporter.Failure(e.Message);
            return ExitCodes.BadUsage;
        }
        using (baseContent)
        {
            var (exitCode, result) = await RunAsync(parse, reporter, write: false, cancel);
            if (result is not null) JobSummary.Publish(result, baseContent, reporter);
            return exitCode;
        }
    }

    /// <returns>The exit code, and the result unless the build failed before it had one.</returns>
    private static async Task<(int ExitCode, BuildResult? Result)> RunAsync(ParseResult parse, Reporter reporter, bool write, CancellationToken cancel)
    {
        // A build or check is a few seconds of throughput work on every core: the collector's background
        // marking would only compete with it (about 0.1 s of a 10,000-entry check, docs/performance.md).
        // The preview keeps background collection, which keeps its pauses short.
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        var content = parse.GetValue(Content)!;
        var options = new BuildOptions(content, parse.GetValue(Output) ?? "_site", parse.GetValue(BaseUrl), !parse.GetValue(NoSearch),
            CacheFile: parse.GetValue(NoCache) ? null : EntryCache.DefaultFile(content));
        BuildResult result;
        try
        {
            if (write) SiteBuilder.ClaimOutput(options);
            result = await reporter.WithProgressAsync("Reading content",
                progress => new SiteBuilder(options).BuildAsync(write, progress, cancel));
        }
        catch (OutputFolderException e)
        {
            reporter.Failure(e.Message);
            return (ExitCodes.BadUsage, null);
        }
        catch (NodeToolsException e)
        {
            reporter.Failure(e.Message);
            reporter.Failure($"Build failed; {options.Output} was left as it was.");
            return (ExitCodes.ContentErrors, null);
        }
        catch (Exception e) when (write && e is IOException or UnauthorizedAccessException)
        {
            // The staged site is removed and the old one never touched, whatever the file system refused.
            reporter.Failure($"Cannot write the site to {options.Output} ({e.Message.TrimEnd('.')}); choose a folder you can write with --output, or free some space. {options.Output} was left as it was.");
            return (ExitCodes.Environment, null);
        }

        reporter.Diagnostics(result.Diagnostics);
        WorkflowCommands.Annotate(result.Diagnostics, parse.InvocationConfiguration.Output);
        if (!result.Succeeded)
        {
            reporter.Failure(write
                ? $"Build failed; {options.Output} was left as it was."
                : "Check failed.");
            return (ExitCodes.ContentErrors, result);
        }
        foreach (var note in result.Notes) reporter.Line(note);
        if (parse.GetValue(Timings)) reporter.Timings(result);
        reporter.Success(write
            ? $"Built {Reporter.Plural(result.PagesWritten, "page")} from {Reporter.Plural(result.EntriesRead, "entry", "entries")} into {options.Output} in {Reporter.Seconds(result.Elapsed)}."
            : $"Checked {Reporter.Plural(result.EntriesRead, "entry", "entries")} in {Reporter.Seconds(result.Elapsed)}: no errors.");
        return (ExitCodes.Success, result);
    }
}
