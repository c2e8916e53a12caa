using System.Collections.Concurrent;
using System.Diagnostics;

namespace Catalogue.Output;

/// <summary>
/// Write stage. Everything goes to a fresh folder beside the output, which replaces the old site
/// only once the build has succeeded: a failed or interrupted build leaves the previous site whole.
/// </summary>
internal sealed class SiteWriter : ISiteSink, IDisposable
{
    private readonly string _output;
    private bool _committed;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public SiteWriter(string output)
    {
        _output = Path.GetFullPath(output.TrimEnd('/', '\\'));
        var parent = Path.GetDirectoryName(_output) ?? throw new ArgumentException("the output folder cannot be a file-system root", nameof(output));
        Directory.CreateDirectory(parent);
        RecoverInterruptedSwap(_output);
        RemoveAbandonedStaging(_output);
        Staging = Path.Combine(parent, $"{StagingPrefix(_output)}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Staging);
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
        var retired = RetiredName(_output);
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        if (Directory.Exists(_output)) Directory.Move(_output, retired);
        Directory.Move(Staging, _output);
        _committed = true;
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
    }

    private static string StagingPrefix(string output) => $".{Path.GetFileName(output)}.staging-";

    private static string RetiredName(string output) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.previous");

    /// <summary>A crash between the two renames of a commit leaves only the retired site; put it back.</summary>
    private static void RecoverInterruptedSwap(string output)
    {
        var retired = RetiredName(output);
        if (!Directory.Exists(retired)) return;
        if (Directory.Exists(output)) Directory.Delete(retired, recursive: true);
        else Directory.Move(retired, output);
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
                Directory.Delete(folder, recursive: true);
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
