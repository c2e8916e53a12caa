using System.Diagnostics;

namespace Catalogue.Pipeline.Index;

/// <summary>Raised when the Node.js tools cannot be installed or run; its message is one sentence for the user.</summary>
internal sealed class NodeToolsException(string message) : Exception(message);

/// <summary>
/// The npm packages pinned in package.json (Pagefind for the build, html-validate for the tests),
/// installed into node_modules the first time they are needed and again whenever package.json or its
/// lock file is newer than the installation.
/// </summary>
internal sealed class NodeTools(string root)
{
    /// <summary>Two builds in one process (tests, the preview server) must not install into one folder at once.</summary>
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public string Root => root;

    /// <summary>The folder holding package.json: the given folder or one above it.</summary>
    public static NodeTools? Find(string from)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(from)); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "package.json"))) return new NodeTools(dir.FullName);
        return null;
    }

    public string Bin(string name) => Path.Combine(root, "node_modules", ".bin", name);

    public async Task EnsureInstalledAsync(CancellationToken cancel)
    {
        await InstallLock.WaitAsync(cancel);
        try
        {
            if (IsCurrent()) return;
            // npm ci installs exactly what package-lock.json records, checked against its hashes, or fails.
            if (!await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], cancel, quietFailure: false))
                throw new NodeToolsException(
                    $"Could not install the Node.js tools with 'npm ci' in {root}; install Node.js and npm, or build with --no-search.");
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>npm records each installation in node_modules/.package-lock.json.</summary>
    private bool IsCurrent()
    {
        var installed = new FileInfo(Path.Combine(root, "node_modules", ".package-lock.json"));
        return installed.Exists
            && new[] { "package.json", "package-lock.json" }.Select(f => new FileInfo(Path.Combine(root, f)))
                .All(f => !f.Exists || f.LastWriteTimeUtc <= installed.LastWriteTimeUtc);
    }

    /// <summary>Runs a program in the tools folder; false when it fails or is not installed.</summary>
    public async Task<bool> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancel, bool quietFailure)
    {
        var (exitCode, output) = await CaptureAsync(program, arguments, cancel);
        if (exitCode != 0 && !quietFailure) Console.Error.Write(output);
        return exitCode == 0;
    }

    /// <summary>Runs a program in the tools folder and returns its exit code and everything it printed; -1 when it is not installed.</summary>
    public async Task<(int ExitCode, string Output)> CaptureAsync(string program, IEnumerable<string> arguments, CancellationToken cancel)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = root,
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
            return (process.ExitCode, await errors + await output);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, $"{program} is not installed");
        }
    }
}
