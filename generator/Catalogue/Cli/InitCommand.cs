using System.CommandLine;
using Catalogue.Reporting;
using Catalogue.Scaffold;

namespace Catalogue.Cli;

/// <summary>`catalogue init DIR`: starts a practice library of its own in a new or empty folder.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A new or empty folder for the library; a folder with anything in it is refused." };
        var command = new Command("init", "Start a new practice library in another domain: its entry types declared in content/types.yaml, "
            + "a sample entry of each, site.yaml, sources.yaml, netlify.toml and a GitHub workflow. It checks and builds at once.")
        {
            folder,
        };
        command.SetAction(parse =>
        {
            var reporter = Reporter.For(parse);
            var typed = parse.GetValue(folder)!;
            try
            {
                var library = LibraryStarter.Start(typed);
                // Short lines: the console wraps at 80 columns when output is redirected.
                reporter.Success($"Started a library in {typed} ({Reporter.Plural(library.Files.Count, "file")}).");
                reporter.Line("Its entry types are declared in content/types.yaml.");
                reporter.Line("Replace the sample entries, then run 'catalogue check' there.");
                return ExitCodes.Success;
            }
            catch (ScaffoldException e)
            {
                reporter.Failure(e.Message);
                return ExitCodes.BadUsage;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                reporter.Failure($"catalogue init: cannot write the library in '{typed}': {e.Message}");
                return ExitCodes.Environment;
            }
        });
        return command;
    }
}
