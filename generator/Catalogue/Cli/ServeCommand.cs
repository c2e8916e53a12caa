using System.CommandLine;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Index;
using Catalogue.Reporting;
using Catalogue.Serve;

namespace Catalogue.Cli;

/// <summary>`catalogue serve`: builds, serves on loopback, and rebuilds what each saved change affects.</summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5080;

    private static readonly Option<int> Port = new("--port")
    {
        Description = $"The port to serve on (default {DefaultPort}; 0 picks a free one).",
        DefaultValueFactory = _ => DefaultPort,
    };

    private static readonly Option<string> Host = new("--host")
    {
        Description = "The address to listen on. The default, 127.0.0.1, keeps the preview to this machine.",
        DefaultValueFactory = _ => "127.0.0.1",
    };

    private static readonly Option<string> Output = new("--output")
    {
        Description = "Where to write the preview site (not _site, so a release build is never overwritten).",
        DefaultValueFactory = _ => "_preview",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Build the site, serve it on http://127.0.0.1:5080, and rebuild and reload open pages when content or theme files change. Ctrl+C stops it.")
        {
            BuildCommand.Content, Output, Port, Host, BuildCommand.NoSearch,
        };
        command.SetAction((parse, cancel) => RunAsync(parse, cancel));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancel)
    {
        var reporter = Reporter.For(parse);
        var content = parse.GetValue(BuildCommand.Content)!;
        var project = NodeTools.Find(content)?.Root;
        var theme = project is null ? null : Path.Combine(project, "theme");
        var preview = new Preview(parse.GetValue(Host)!, parse.GetValue(Port), content, parse.GetValue(Output)!, !parse.GetValue(BuildCommand.NoSearch),
            theme is not null && Directory.Exists(Path.Combine(theme, "assets")) ? theme : null,
            project is not null && File.Exists(Path.Combine(project, "netlify.toml")) ? NetlifyHeaders.Load(Path.Combine(project, "netlify.toml")) : null);
        try
        {
            await preview.RunAsync(reporter, cancel);
            return ExitCodes.Success;
        }
        catch (SiteServerException e)
        {
            reporter.Failure(e.Message);
            return ExitCodes.ContentErrors;
        }
    }
}
