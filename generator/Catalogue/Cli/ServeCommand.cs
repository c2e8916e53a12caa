using System.CommandLine;
using System.Net;
using Catalogue.Output;
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
        Description = "The port to serve on, 0 to 65535 (0 picks a free one).",
        DefaultValueFactory = _ => DefaultPort,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (int.TryParse(text, out var port) && port is >= 0 and <= 65535) return port;
            result.AddError($"--port {text} is not a port; give a number from 0 to 65535.");
            return 0;
        },
    };

    private static readonly Option<IPAddress> Host = new("--host")
    {
        Description = "The address to listen on: an IP address, or localhost. The default, 127.0.0.1, keeps the preview to this machine; any other address must be named, and may let other machines read the preview.",
        DefaultValueFactory = _ => IPAddress.Loopback,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (ListenAddress.TryParse(text, out var address)) return address;
            result.AddError($"--host '{text}' is not an address to listen on; give {ListenAddress.Expected}.");
            return null;
        },
    };

    private static readonly Option<string> Output = new Option<string>("--output")
    {
        Description = "Where to write the preview site: a new or empty folder, or one a build wrote, as for build (not _site, so a release build is never overwritten).",
        DefaultValueFactory = _ => "_preview",
    }.NeedsPath();

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
        var output = parse.GetValue(Output)!;
        // A preview of nothing would go on serving whatever an earlier preview left in the output.
        if (reporter.ReportMissingFolder(BuildCommand.Content, content)) return ExitCodes.BadUsage;
        var project = NodeTools.Find(content)?.Root;
        var theme = SiteBuilder.ThemeFolder(content);
        try
        {
            // Claimed before the server listens; the preview's builds claim it again, and a folder that gains
            // foreign files while it runs is refused there too.
            SiteBuilder.ClaimOutput(new BuildOptions(content, output, null));
            var preview = new Preview(parse.GetValue(Host)!, parse.GetValue(Port), content, output, !parse.GetValue(BuildCommand.NoSearch),
                theme is not null && Directory.Exists(Path.Combine(theme, "assets")) ? theme : null,
                project is not null && File.Exists(Path.Combine(project, "netlify.toml")) ? NetlifyHeaders.Load(Path.Combine(project, "netlify.toml")) : null);
            await preview.RunAsync(reporter, cancel);
            return ExitCodes.Success;
        }
        catch (OutputFolderException e)
        {
            reporter.Failure(e.Message);
            return ExitCodes.BadUsage;
        }
        catch (SiteServerException e)
        {
            reporter.Failure(e.Message);
            return ExitCodes.Environment;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Failure($"Cannot write the preview to {output} ({e.Message.TrimEnd('.')}); choose a folder you can write with --output.");
            return ExitCodes.Environment;
        }
    }
}
