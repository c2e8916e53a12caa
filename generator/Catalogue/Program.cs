using System.CommandLine;
using Catalogue.Cli;

var root = new RootCommand("catalogue: builds the Co-creation Practice Catalogue, a static website, from Markdown entries.")
{
    BuildCommand.Build(),
    BuildCommand.Check(),
    NewCommand.Create(),
    ServeCommand.Create(),
    ExportCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"catalogue: {error.Message}");
    Console.Error.WriteLine("Run 'catalogue --help' for usage.");
    return ExitCodes.BadUsage;
}
return await parse.InvokeAsync();
