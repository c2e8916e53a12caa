using System.Net;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Cache;
using Catalogue.Reporting;

namespace Catalogue.Serve;

/// <summary>
/// The preview loop of `catalogue serve`: serve the site, build it, then on every batch of saved
/// changes rebuild what they affect and tell the open pages to reload or to show the errors.
/// </summary>
internal sealed class Preview(IPAddress host, int port, string content, string output, bool search, string? themeFolder, NetlifyHeaders? headers)
{
    /// <summary>How long the saving must pause before the rest of an update is written.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    private readonly TaskCompletionSource<string> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the server's address once the first build is served.</summary>
    public Task<string> Started => _started.Task;

    /// <summary>Raised after every update, good or bad; tests and benchmarks time rebuilds with it.</summary>
    public event Action<PreviewUpdate>? Updated;

    /// <summary>Runs until cancelled; the serve command, not the preview, turns that into an exit code.</summary>
    public async Task RunAsync(Reporter reporter, CancellationToken cancel)
    {
        // The rest of an update works on in the background while the server waits for the next save. With
        // no more pool threads than cores, that save's events and page then queue until the pool decides to
        // add a thread, most of a second later; a few spare threads cost nothing while they wait.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 4 * Environment.ProcessorCount), io);
        var live = new LiveReload();
        await using var server = await SiteServer.StartAsync(new SiteServerOptions(output, host, port, headers, live), cancel);
        var session = new PreviewSession(new BuildOptions(content, output, server.Address + "/", search, CacheFile: EntryCache.DefaultFile(content)), themeFolder);
        using var watcher = new ChangeWatcher(themeFolder is null ? [content] : [content, themeFolder]);

        try
        {
            Report(await session.UpdateAsync([], cancel), reporter, live);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Ctrl+C during the first build: the staged site is gone with it, and stopping is no error.
            reporter.Line("Stopped.");
            return;
        }
        if (session.SearchProblem is { } problem) reporter.Line($"Search is off in this preview: {problem}");
        if (ListenAddress.Exposure(host) is { } exposure) reporter.Line(exposure);
        reporter.Success($"Serving {server.Address}/ — edit and save to rebuild; Ctrl+C stops.");
        _started.TrySetResult(server.Address);

        var next = watcher.NextBatchAsync(cancel);
        while (!cancel.IsCancellationRequested)
        {
            try
            {
                var changed = await next;
                if (changed.Any(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)))
                    reporter.Line("A theme component changed: components are compiled, so stop and start 'catalogue serve' to see it.");
                Report(await session.UpdateAsync(changed, cancel), reporter, live);
                next = watcher.NextBatchAsync(cancel);
                if (session.HasPendingWork) await CompleteUnlessChangedAsync(session, next, reporter, live, cancel);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                break;
            }
        }
        reporter.Line("Stopped.");
    }

    /// <summary>
    /// Writes the rest of an update, unless the next change comes first: then it is told to stop and the
    /// next update starts at once, without waiting for the page being drawn (a matrix of a large catalogue
    /// takes most of a second); the session owes the rest's pages to that update.
    /// </summary>
    private async Task CompleteUnlessChangedAsync(PreviewSession session, Task next, Reporter reporter, LiveReload live, CancellationToken cancel)
    {
        // The rest waits for a pause in the saving: a quick run of saves goes at the speed of the pages being
        // looked at, instead of each save also drawing lists and matrices the next one changes again.
        if (await Task.WhenAny(next, Task.Delay(Settle, cancel)) == next)
        {
            session.Postpone();
            return;
        }
        var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var rest = session.CompleteAsync(interrupt.Token);
        if (await Task.WhenAny(rest, next) == next && !rest.IsCompleted)
        {
            interrupt.Cancel();
            // An interrupted rest ends cancelled, which is no error; its token is let go once it has.
            _ = rest.ContinueWith(done => { _ = done.Exception; interrupt.Dispose(); }, TaskScheduler.Default);
            return;
        }
        interrupt.Dispose();
        Report(await rest, reporter, live);
    }

    private void Report(PreviewUpdate update, Reporter reporter, LiveReload live)
    {
        reporter.Diagnostics(update.Diagnostics);
        if (update.Succeeded)
        {
            reporter.Line(update.Full
                ? $"Built {Reporter.Plural(update.PagesWritten, "page")} in {Reporter.Seconds(update.Elapsed)}."
                : $"Rebuilt {Reporter.Plural(update.PagesWritten, "page")} in {update.Elapsed.TotalMilliseconds:0} ms.");
            live.Reload(update.Pages);
        }
        else
        {
            reporter.Failure("Kept the last good build; the open pages show the errors until you fix them and save.");
            live.ShowErrors(update.Diagnostics);
        }
        Updated?.Invoke(update);
    }
}
