using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Catalogue.Benchmarks.Results;
using Catalogue.Serve;

namespace Catalogue.Benchmarks.Measure;

/// <summary>
/// Times `catalogue serve` as an author feels it: from saving an edit to a case's summary to its page,
/// fetched over HTTP, showing the edit. The probe listens to the preview's events as an open page does
/// and fetches the page when told to reload it, so it adds no load of its own to the rebuild it times
/// (polling every few milliseconds would take a share of a two-core machine). Restores the entry afterwards.
/// </summary>
internal sealed class ServeProbe(CatalogueProgram catalogue, string content, string output)
{
    /// <summary>For the first build only, which sends no event to a page that was not open yet.</summary>
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan FirstBuildLimit = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan EditLimit = TimeSpan.FromMinutes(1);

    public async Task<ServeFigures> MeasureAsync(int edits, Action<string> progress)
    {
        // The first case by name: the same entry for every run of a size and seed.
        var file = Directory.GetFiles(Path.Combine(content, "cases"), "*.md").Where(f => Path.GetFileName(f) != "_index.md").Order(StringComparer.Ordinal).First();
        var page = $"/cases/{Path.GetFileNameWithoutExtension(file)}/";
        var original = await File.ReadAllTextAsync(file);
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);

        var port = FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            await using var server = new PreviewServer(catalogue.Command(
                "serve", "--content", content, "--output", output, "--port", port.ToString(CultureInfo.InvariantCulture), "--no-search"));
            await UntilAsync(() => PageShowsAsync(http, page, null), server, FirstBuildLimit, "the first build to be served");
            await server.NextBuildAsync(FirstBuildLimit);

            var (served, rebuilt) = (new List<double>(), new List<double>());
            using var events = new StreamReader(await http.GetStreamAsync(LiveReload.EventsPath));
            // Unique to this run, so a page left over from another can never match.
            var stamp = DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
            for (var edit = 1; edit <= edits; edit++)
            {
                var marker = $"edit{stamp}n{edit}";
                await File.WriteAllTextAsync(file, SummaryEdit.Append(original, $"Edited {marker}."));
                var clock = Stopwatch.StartNew();
                await UntilReloadedAsync(events, () => PageShowsAsync(http, page, marker), server, $"edit {edit} to be served");
                served.Add(clock.Elapsed.TotalMilliseconds);
                // The page is written before the rebuild ends; the next edit waits for the end.
                rebuilt.Add(await server.NextBuildAsync(EditLimit));
                progress($"edit {edit}/{edits}: served after {served[^1]:0} ms (rebuild {rebuilt[^1]:0} ms)");
            }
            return new ServeFigures(edits, Spread.Of(served), Spread.Of(rebuilt));
        }
        finally
        {
            // After the server has stopped, so the restore rebuilds nothing.
            await File.WriteAllTextAsync(file, original);
        }
    }

    private static async Task<bool> PageShowsAsync(HttpClient http, string page, string? marker)
    {
        try
        {
            using var response = await http.GetAsync(page);
            return response.IsSuccessStatusCode && (marker is null || (await response.Content.ReadAsStringAsync()).Contains(marker, StringComparison.Ordinal));
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
    }

    private static async Task UntilAsync(Func<Task<bool>> done, PreviewServer server, TimeSpan limit, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            if (server.HasExited) throw new BenchmarkException($"the preview server stopped while waiting for {what}:\n{server.Printed}");
            if (clock.Elapsed > limit) throw new BenchmarkException($"waited {limit.TotalSeconds:0} s for {what}:\n{server.Printed}");
            await Task.Delay(PollEvery);
        }
    }

    /// <summary>Waits, as an open page does, for the preview to say it reloaded pages, until the page shows the edit.</summary>
    private static async Task UntilReloadedAsync(StreamReader events, Func<Task<bool>> done, PreviewServer server, string what)
    {
        using var limit = new CancellationTokenSource(EditLimit);
        try
        {
            while (await events.ReadLineAsync(limit.Token) is { } line)
                if (line == "event: reload" && await done()) return;
        }
        catch (OperationCanceledException)
        {
            throw new BenchmarkException($"waited {EditLimit.TotalSeconds:0} s for {what}:\n{server.Printed}");
        }
        throw new BenchmarkException($"the preview server closed its events while waiting for {what}:\n{server.Printed}");
    }

    /// <summary>A port nothing listens on now; the server takes it a moment later.</summary>
    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
