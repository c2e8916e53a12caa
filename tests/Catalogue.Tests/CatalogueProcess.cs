using System.Diagnostics;

namespace Catalogue.Tests;

/// <summary>
/// Runs the catalogue program as its own process, for what depends on the environment (GitHub Actions'
/// variables) or on the working directory, which a test must not change for the tests beside it.
/// </summary>
public static class CatalogueProcess
{
    /// <summary>The variables GitHub Actions sets; cleared unless a test sets them, since CI itself runs under them.</summary>
    private static readonly string[] GitHubVariables = ["GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"];

    public sealed record Outcome(int ExitCode, string Output, string Errors);

    public static Task<Outcome> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAsync([], workingDirectory, environment, args);

    /// <param name="launcher">A program that starts dotnet for the catalogue, such as one that changes the user; empty for none.</param>
    public static async Task<Outcome> RunAsync(IReadOnlyList<string> launcher, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(launcher.Count > 0 ? launcher[0] : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in launcher.Skip(1)) start.ArgumentList.Add(arg);
        if (launcher.Count > 0) start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "catalogue.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in GitHubVariables) start.Environment.Remove(name);
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Outcome(process.ExitCode, (await output).Replace("\r\n", "\n"), (await errors).Replace("\r\n", "\n"));
    }
}
