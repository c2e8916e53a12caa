using System.Collections.Concurrent;
using System.Diagnostics;

namespace Catalogue.Output;

/// <summary>
/// Write stage. Everything goes to a fresh folder beside the output, which replaces the old site
/// only once the build has succeeded: a failed or interrupted build leaves the previous site whole.
/// It removes only folders that a build wrote: each carries <see cref="OutputFolder.MarkerName"/>.
/// </summary>
internal sealed class SiteWriter : ISiteSink, IDisposable
{
    private readonly string _output;
    private bool _committed;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public SiteWriter(OutputFolder output)
    {
        _output = output.FullPath;
        var parent = Path.GetDirectoryName(_output)!;
        Directory.CreateDirectory(parent);
        RecoverInterruptedSwap(_output);
        RemoveAbandonedStaging(_output);
        Staging = Path.Combine(parent, $"{StagingPrefix(_output)}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Staging);
        File.WriteAllText(Path.Combine(Staging, OutputFolder.MarkerName), OutputFolder.MarkerText);
    }

    /// <summary>The folder being written; becomes the output on <see cref="Commit"/>.</summary>
    public string Staging { get; }

    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        using var file = File.OpenHandle(PathFor(sitePath), FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(file, content, 0);
    }

    public void Write(string sitePath, Action<Stream> write)
    {
        using var stream = new FileStream(PathFor(sitePath), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        write(stream);
    }

    private string PathFor(string sitePath)
    {
        var path = ISiteSink.Resolve(Staging, sitePath);
        // Every entry has a folder of its own; asking the file system once per folder, not per file, saves a call per page.
        var folder = Path.GetDirectoryName(path)!;
        if (_folders.TryAdd(folder, true)) Directory.CreateDirectory(folder);
        return path;
    }

    /// <summary>Swaps the staged site into place: two renames, and recovery covers a crash between them.</summary>
    public void Commit()
    {
        var retired = Path.Combine(Path.GetDirectoryName(_output)!, $"{RetiredPrefix(_output)}{Guid.NewGuid():N}");
        // Claimed before the build, but the folder could have been filled while it ran.
        if (Directory.Exists(_output) && !IsOurs(_output))
            throw new OutputFolderException($"{_output}: files that no build wrote appeared in it during the build; the new site was not put in its place.");
        if (Directory.Exists(_output)) Directory.Move(_output, retired);
        Directory.Move(Staging, _output);
        _committed = true;
        DeleteIfWritten(retired);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
    }

    private static string StagingPrefix(string output) => $".{Path.GetFileName(output)}.staging-";

    /// <summary>Each commit's own name for the site it replaces, so a folder of the user's by that name is never in the way.</summary>
    private static string RetiredPrefix(string output) => $".{Path.GetFileName(output)}.previous-";

    /// <summary>A crash between the two renames of a commit leaves only the retired site; put it back.</summary>
    private static void RecoverInterruptedSwap(string output)
    {
        foreach (var retired in Directory.EnumerateDirectories(Path.GetDirectoryName(output)!, RetiredPrefix(output) + "*").Where(IsOurs).ToList())
        {
            if (Directory.Exists(output)) Directory.Delete(retired, recursive: true);
            else Directory.Move(retired, output);
        }
    }

    /// <summary>An output or staging folder a build wrote; empty when a build was killed before it marked it.</summary>
    private static bool IsOurs(string folder) => OutputFolder.IsBuildOutput(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();

    private static void DeleteIfWritten(string folder)
    {
        if (Directory.Exists(folder) && IsOurs(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>A build that was killed never disposes its writer; remove staging folders whose process is gone.</summary>
    private static void RemoveAbandonedStaging(string output)
    {
        var prefix = StagingPrefix(output);
        foreach (var folder in Directory.EnumerateDirectories(Path.GetDirectoryName(output)!, prefix + "*"))
        {
            var owner = Path.GetFileName(folder)[prefix.Length..].Split('-')[0];
            if (!int.TryParse(owner, out var pid) || IsRunning(pid)) continue;
            try
            {
                DeleteIfWritten(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another build may be clearing it at the same moment; if not, the next build tries again.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
