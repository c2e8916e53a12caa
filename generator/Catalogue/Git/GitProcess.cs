using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Catalogue.Git;

/// <summary>How one git command ended: its exit code and what it wrote to standard error.</summary>
internal sealed record GitExit(int Code, string Error)
{
    public bool Succeeded => Code == 0;

    /// <summary>git's own first line of complaint, without its "fatal: " prefix, to quote in a sentence.</summary>
    public string Reason
    {
        get
        {
            var line = Error.Split('\n')[0].Trim();
            return line.StartsWith("fatal: ", StringComparison.Ordinal) ? line["fatal: ".Length..] : line;
        }
    }
}

/// <summary>Runs one git command in a folder. A machine without git is an outcome (null), not an exception.</summary>
internal static class GitProcess
{
    /// <param name="output">Receives git's standard output, whole, whether or not git succeeds.</param>
    /// <returns>How git ended, or null when git is not installed.</returns>
    public static async Task<GitExit?> RunAsync(string directory, IEnumerable<string> arguments, Stream output, CancellationToken cancel = default)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0"; // never wait for a password nobody will type

        Process process;
        try { process = Process.Start(start)!; }
        catch (Win32Exception) { return null; }
        using (process)
        {
            try
            {
                // Both streams are read while git runs, so a full pipe never blocks it.
                var error = process.StandardError.ReadToEndAsync(cancel);
                await process.StandardOutput.BaseStream.CopyToAsync(output, cancel);
                await process.WaitForExitAsync(cancel);
                return new GitExit(process.ExitCode, await error);
            }
            finally
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Runs git and returns its standard output as text.</summary>
    public static async Task<(GitExit? Exit, string Output)> ReadTextAsync(string directory, IEnumerable<string> arguments, CancellationToken cancel = default)
    {
        using var output = new MemoryStream();
        var exit = await RunAsync(directory, arguments, output, cancel);
        return (exit, Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length));
    }
}
