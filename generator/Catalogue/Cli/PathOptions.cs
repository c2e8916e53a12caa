using System.CommandLine;
using Catalogue.Reporting;

namespace Catalogue.Cli;

/// <summary>Options whose value is a file or folder.</summary>
internal static class PathOptions
{
    /// <summary>
    /// Refuses an empty or blank value at parse time, as bad usage: .NET reads "" as no path at all, and a
    /// shell variable left empty is an easy slip.
    /// </summary>
    public static T NeedsPath<T>(this T option) where T : Option
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
                result.AddError($"{option.Name} needs a path, and was given an empty one.");
        });
        return option;
    }

    /// <summary>Says so when the folder an option names is not there (or is a file); true when it did.</summary>
    public static bool ReportMissingFolder(this Reporter reporter, Option option, string path)
    {
        if (Directory.Exists(path)) return false;
        reporter.Failure($"{option.Name} {path}: {(File.Exists(path) ? "that is a file" : "no such folder")}; pass the folder of entries with {option.Name}.");
        return true;
    }
}
