using System.CommandLine;

namespace Catalogue.Cli;

/// <summary>The command line as a whole: what the program runs, and what tests run in-process.</summary>
internal static class CatalogueCli
{
    public static RootCommand Root() => new("catalogue: builds the Co-creation Practice Catalogue, a static website, from Markdown entries.")
    {
        BuildCommand.Build(),
        BuildCommand.Check(),
        NewCommand.Create(),
        InitCommand.Create(),
        ServeCommand.Create(),
        ExportCommand.Create(),
    };

    /// <param name="configuration">Where the commands write; the console unless a caller (a test) passes its own writers.</param>
    /// <param name="cancel">Stops a long-running command (the preview) as Ctrl+C would.</param>
    public static async Task<int> RunAsync(string[] args, InvocationConfiguration? configuration = null, CancellationToken cancel = default)
    {
        configuration ??= new InvocationConfiguration();
        var parse = Root().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) configuration.Error.WriteLine($"catalogue: {error.Message}");
            configuration.Error.WriteLine("Run 'catalogue --help' for usage.");
            return ExitCodes.BadUsage;
        }
        return await parse.InvokeAsync(configuration, cancel);
    }
}
