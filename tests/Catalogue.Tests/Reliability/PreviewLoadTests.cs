using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace Catalogue.Tests.Reliability;

/// <summary>
/// `catalogue serve`, run as its own process, under load: 200 clients on 127.0.0.1 ask for pages and data
/// in a bounded loop while a case is saved 20 times (some saves also touch sources.yaml, which rebuilds
/// everything). Every response must be whole and of one version: no server error, no missing page, every
/// page parsed to its end, every version marker on a page the same. The server's memory must not grow.
/// </summary>
public sealed partial class PreviewLoadTests(ITestOutputHelper output) : IDisposable
{
    private const int Clients = 200;
    private const int Saves = 20;

    /// <summary>No client asks more than this, however long the saves take.</summary>
    private const int RequestsPerClient = 400;

    /// <summary>The pages and data files asked for; each shows the saved case, or is rewritten with it.</summary>
    private static readonly string[] Paths =
    [
        "/cases/acme-case/", "/practices/co-design/", "/", "/cases/", "/capabilities/empowered/", "/matrix/",
        "/dimensions/materializing/", "/sources/", "/search/entries.json", "/data/catalogue.json",
    ];

    private readonly TestCatalogue _catalogue = new();

    [GeneratedRegex(@"rev-(\d+)-mark")]
    private static partial Regex Marker();

    /// <summary>Writes the case at a version: its title, summary and body each carry the marker.</summary>
    private void SaveCase(int version)
    {
        var path = Path.Combine(_catalogue.Content, "cases", "acme-case.md");
        var text = File.ReadAllText(path);
        text = Marker().Replace(text, $"rev-{version}-mark");
        if (version == 0)
            text = text.Replace("title: Acme pilot", "title: Acme pilot rev-0-mark")
                .Replace("summary: A supplier", "summary: In rev-0-mark a supplier")
                .Replace("## The story\n", "## The story\nThis is rev-0-mark of the story.\n");
        File.WriteAllText(path, text);
    }

    [Fact]
    public async Task Two_hundred_clients_during_twenty_saves_get_whole_pages_of_one_version_and_memory_stays_flat()
    {
        SaveCase(0);
        var preview = Path.Combine(_catalogue.Root, "_preview");
        using var server = CliRun.Start(_catalogue.Root, "serve", "--content", _catalogue.Content, "--output", preview, "--port", "0", "--no-search");
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var address = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = Task.WhenAll(Drain(server.StandardOutput, log, address), Drain(server.StandardError, log, address));
        try
        {
            var baseUrl = await address.Task.WaitAsync(TimeSpan.FromSeconds(120));
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            { Timeout = TimeSpan.FromSeconds(60) };

            // Warm up: every path once per client, then settle, then the memory the server works with at rest.
            var warm = new Tally();
            await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => AskAsync(http, baseUrl, Paths[c % Paths.Length], 0, 0, warm)));
            Assert.Empty(warm.Problems);
            var before = await SettledWorkingSetAsync(server);

            var version = 0;
            var tally = new Tally();
            using var saving = new CancellationTokenSource();
            var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
            {
                for (var i = 0; i < RequestsPerClient && !saving.IsCancellationRequested; i++)
                {
                    // The case's own page never goes back behind a version once served; the other pages showing
                    // the case follow it a little later, so they may show any version so far, but only one.
                    var path = Paths[(c + i) % Paths.Length];
                    await AskAsync(http, baseUrl, path, path == Paths[0] ? Volatile.Read(ref version) : 0, Saves, tally);
                }
            })).ToList();

            var random = new Random(29);
            var clock = Stopwatch.StartNew();
            for (var v = 1; v <= Saves; v++)
            {
                SaveCase(v);
                // Every fourth save touches the bibliography too, which rebuilds the whole site and swaps it in.
                if (v % 4 == 0) File.AppendAllText(Path.Combine(_catalogue.Content, "sources.yaml"), $"# save {v}\n");
                await EventuallyAsync(http, baseUrl, v);
                Volatile.Write(ref version, v);
                await Task.Delay(random.Next(0, 400));
            }
            var saved = clock.Elapsed;
            await saving.CancelAsync();
            await Task.WhenAll(clients);
            var after = await SettledWorkingSetAsync(server);

            output.WriteLine($"{tally.Requests} requests ({tally.Pages} pages, {tally.Data} data files) by {Clients} clients during {Saves} saves in {saved.TotalSeconds:0} s; "
                + $"versions seen: {string.Join(", ", tally.Versions.Order())}; working set {before / 1_048_576} MB before, {after / 1_048_576} MB after");
            Assert.Empty(tally.Problems.Take(20));
            Assert.True(tally.Versions.Count > Saves / 2, "the clients saw few of the versions: " + string.Join(", ", tally.Versions.Order()));
            // Flat: a generous bound, since the collector keeps what it may reuse.
            Assert.True(after < before + Math.Max(before / 2, 150L * 1_048_576), $"the working set grew from {before / 1_048_576} MB to {after / 1_048_576} MB");
        }
        finally
        {
            if (!server.HasExited) server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            await reading;
        }
        var shown = string.Join("\n", log);
        Assert.DoesNotContain("Exception", shown);
        Assert.DoesNotContain("   at ", shown);
        // The first build and at least one of the saves to sources.yaml built and swapped in the whole site under load.
        var full = log.Count(l => l.StartsWith("Built ", StringComparison.Ordinal));
        var partial = log.Count(l => l.StartsWith("Rebuilt ", StringComparison.Ordinal));
        output.WriteLine($"{full} full builds and {partial} partial rebuilds");
        Assert.True(full >= 2 && partial >= Saves / 2, shown);
    }

    /// <summary>What the clients saw: every problem, and the versions of the case they were shown.</summary>
    private sealed class Tally
    {
        private int _requests, _pages, _data;
        public readonly System.Collections.Concurrent.ConcurrentQueue<string> Problems = new();
        public readonly System.Collections.Concurrent.ConcurrentDictionary<int, byte> VersionSet = new();
        public int Requests => _requests;
        public int Pages => _pages;
        public int Data => _data;
        public ICollection<int> Versions => VersionSet.Keys;
        public void Count(bool page)
        {
            Interlocked.Increment(ref _requests);
            if (page) Interlocked.Increment(ref _pages);
            else Interlocked.Increment(ref _data);
        }
    }

    /// <summary>Asks once, and records what is wrong with the answer.</summary>
    /// <param name="lowest">The oldest version the answer may show.</param>
    private static async Task AskAsync(HttpClient http, string baseUrl, string path, int lowest, int highest, Tally tally)
    {
        var page = !path.EndsWith(".json", StringComparison.Ordinal);
        tally.Count(page);
        string body;
        HttpStatusCode status;
        try
        {
            using var response = await http.GetAsync(baseUrl + path);
            (status, body) = (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            tally.Problems.Enqueue($"{path}: {e.GetType().Name}: {e.Message}");
            return;
        }
        if (status != HttpStatusCode.OK)
        {
            tally.Problems.Enqueue($"{path}: {(int)status} {status}");
            return;
        }
        if (page && Whole(body) is { } torn) tally.Problems.Enqueue($"{path}: {torn}");
        if (!page)
            try
            {
                JsonDocument.Parse(body).Dispose();
            }
            catch (JsonException e)
            {
                tally.Problems.Enqueue($"{path}: does not parse: {e.Message}");
            }
        var versions = Marker().Matches(body).Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();
        if (versions.Count > 1) tally.Problems.Enqueue($"{path}: versions {string.Join(" and ", versions)} on one page");
        foreach (var v in versions)
        {
            if (v < lowest || v > highest) tally.Problems.Enqueue($"{path}: version {v}, when only {lowest} to {highest} may be shown");
            tally.VersionSet.TryAdd(v, 0);
        }
    }

    /// <summary>Why a page is not whole, or null: it must parse to one head, one body, one main and its footer, and end its document.</summary>
    private static string? Whole(string html)
    {
        if (!html.TrimEnd().EndsWith("</html>", StringComparison.OrdinalIgnoreCase)) return "does not end with </html>";
        var document = new HtmlParser().ParseDocument(html);
        if (document.QuerySelectorAll("main").Length != 1) return "has no single <main>";
        if (document.QuerySelector("body > footer, footer") is null) return "has no footer";
        if (document.QuerySelectorAll("h1").Length != 1) return $"has {document.QuerySelectorAll("h1").Length} h1 elements";
        return null;
    }

    /// <summary>Waits until the case page shows the version, as the person saving would reload until it does.</summary>
    private static async Task EventuallyAsync(HttpClient http, string baseUrl, int version)
    {
        var deadline = Stopwatch.StartNew();
        while (!(await http.GetStringAsync(baseUrl + "/cases/acme-case/")).Contains($"rev-{version}-mark", StringComparison.Ordinal))
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"save {version} was not served within a minute");
            await Task.Delay(50);
        }
    }

    /// <summary>The server's working set once it has had a moment with nothing to do.</summary>
    private static async Task<long> SettledWorkingSetAsync(Process server)
    {
        await Task.Delay(TimeSpan.FromSeconds(3));
        server.Refresh();
        return server.WorkingSet64;
    }

    /// <summary>Keeps reading what the server prints, so it never blocks on a full pipe, and finds its address.</summary>
    private static async Task Drain(StreamReader reader, System.Collections.Concurrent.ConcurrentQueue<string> log, TaskCompletionSource<string> address)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            log.Enqueue(line);
            if (Regex.Match(line, @"Serving (http://127\.0\.0\.1:\d+)/") is { Success: true } match) address.TrySetResult(match.Groups[1].Value);
        }
    }

    public void Dispose() => _catalogue.Dispose();
}
