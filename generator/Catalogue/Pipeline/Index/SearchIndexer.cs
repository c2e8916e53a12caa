using System.Diagnostics;

namespace Catalogue.Pipeline.Index;

/// <summary>Raised when the search index cannot be built; its message is one sentence for the user.</summary>
public sealed class SearchIndexException(string message) : Exception(message);

/// <summary>
/// Index stage: runs Pagefind (pinned in package.json) over the rendered site, installing it with
/// `npm ci` the first time. Runs on the staging folder, so a failed index never reaches the live site.
/// </summary>
public sealed class SearchIndexer(string toolsRoot)
{
    private string Pagefind => Path.Combine(toolsRoot, "node_modules", ".bin", "pagefind");

    /// <summary>Two builds in one process (tests, the preview server) must not run npm ci in one folder at once.</summary>
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>The folder holding package.json: the content folder's parent or one above it.</summary>
    public static string? FindToolsRoot(string contentRoot)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(contentRoot)); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "package.json"))) return dir.FullName;
        return null;
    }

    public async Task IndexAsync(string site, CancellationToken cancel)
    {
        await InstallLock.WaitAsync(cancel);
        try
        {
            // npm ci refuses a lock file that lacks other platforms' optional binaries, which a registry
            // serving only some platforms produces; package.json pins the exact version, so install keeps it.
            if (!File.Exists(Pagefind)
                && !await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], cancel, quietFailure: true)
                && !await RunAsync("npm", ["install", "--no-audit", "--no-fund", "--no-save"], cancel, quietFailure: false))
                throw new SearchIndexException(
                    $"Could not install the search indexer with 'npm ci' in {toolsRoot}; install Node.js and npm, or build with --no-search.");
        }
        finally
        {
            InstallLock.Release();
        }
        if (!await RunAsync(Pagefind, ["--site", site, "--silent"], cancel, quietFailure: false))
            throw new SearchIndexException("Pagefind could not index the site; run the build again with --no-search to publish without search.");
    }

    private async Task<bool> RunAsync(string program, string[] arguments, CancellationToken cancel, bool quietFailure)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = toolsRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(cancel);
            var errors = process.StandardError.ReadToEndAsync(cancel);
            await process.WaitForExitAsync(cancel);
            if (process.ExitCode != 0 && !quietFailure)
                Console.Error.Write(await errors + await output);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // the program is not installed
        }
    }
}
