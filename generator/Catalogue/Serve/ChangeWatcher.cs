using System.Threading.Channels;
using Catalogue.Pipeline.Figures;

namespace Catalogue.Serve;

/// <summary>
/// Watches folders and hands out the files that changed, in batches: an editor's save is often several
/// events (write, rename, attribute change), so a batch closes only after a short quiet spell.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(15);
    private static readonly string[] Watched = [".md", ".yaml", ".yml", ".css", ".js", ".razor", ".cs", .. FigureRules.Extensions.Keys];

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();

    public ChangeWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, e) => Report(e.FullPath);
            watcher.Created += (_, e) => Report(e.FullPath);
            watcher.Deleted += (_, e) => Report(e.FullPath);
            watcher.Renamed += (_, e) => { Report(e.OldFullPath); Report(e.FullPath); };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Report(string path)
    {
        // A folder's own timestamp changes with every file in it; the file's event is the one that matters.
        if (Directory.Exists(path)) return;
        // Editors' swap and backup files are not content; a path without extension may be a deleted folder.
        if (Watched.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase) || !Path.HasExtension(path))
            _changes.Writer.TryWrite(path);
    }

    /// <summary>Waits for a change, then for the quiet spell after it, and returns every file that changed.</summary>
    public async Task<IReadOnlyCollection<string>> NextBatchAsync(CancellationToken cancel)
    {
        var batch = new HashSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancel) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            quiet.CancelAfter(Quiet);
            try
            {
                batch.Add(await _changes.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                return batch;
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}
