using System.CommandLine;
using System.Diagnostics;
using Catalogue.Cli;

namespace Catalogue.Tests;

/// <summary>What the catalogue command printed and how it exited, run in this process or as its own.</summary>
public sealed record CliRun(int ExitCode, string Output, string Errors)
{
    /// <summary>The built program beside the tests, as `dotnet catalogue.dll` runs it.</summary>
    public static string Program => Path.Combine(AppContext.BaseDirectory, "catalogue.dll");

    public static Task<CliRun> InProcessAsync(params string[] args) => InProcessAsync(CancellationToken.None, args);

    /// <param name="cancel">Stops a command that runs until stopped (the preview), as Ctrl+C would.</param>
    public static async Task<CliRun> InProcessAsync(CancellationToken cancel, params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exitCode = await CatalogueCli.RunAsync(args, new InvocationConfiguration { Output = output, Error = errors }, cancel);
        return new CliRun(exitCode, output.ToString(), errors.ToString());
    }

    public static async Task<CliRun> ProcessAsync(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await output, await errors);
    }

    public static Process Start(string workingDirectory, params string[] args) =>
        System.Diagnostics.Process.Start(new ProcessStartInfo("dotnet", [Program, .. args])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;

    /// <summary>The diagnostic lines printed, with the catalogue's folder cut from every path in them ("content/cases/…").</summary>
    public IReadOnlyList<string> Diagnostics(string catalogueRoot)
    {
        var prefix = Path.GetFullPath(catalogueRoot).Replace('\\', '/').TrimEnd('/') + "/";
        return Lines(Errors).Where(l => l.Contains(": error CAT", StringComparison.Ordinal) || l.Contains(": warning CAT", StringComparison.Ordinal))
            .Select(l => l.Replace(prefix, "", StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>What .NET prints for an exception that escaped: never shown to a contributor.</summary>
    public bool ShowsAStackTrace => $"{Output}\n{Errors}" is var all && (all.Contains("   at ", StringComparison.Ordinal) || all.Contains("Exception", StringComparison.Ordinal));

    public static IEnumerable<string> Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0);
}
