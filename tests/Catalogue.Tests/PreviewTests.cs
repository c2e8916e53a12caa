using System.Net;
using Catalogue.Reporting;
using Catalogue.Serve;
using Spectre.Console;

namespace Catalogue.Tests;

/// <summary>`catalogue serve` over HTTP on loopback: rebuilds after a save, keeps the last good site on errors.</summary>
public sealed class PreviewTests : IAsyncLifetime
{
    private readonly TestCatalogue _catalogue = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly StringWriter _log = new();
    private readonly List<PreviewUpdate> _updates = [];
    private Preview _preview = default!;
    private Task _running = default!;
    private string _address = "";

    public async Task InitializeAsync()
    {
        // An entry that shares nothing with the case, so a change to the case must leave its page alone.
        _catalogue.Write("sources.yaml", File.ReadAllText(Path.Combine(_catalogue.Content, "sources.yaml")) + """
            - id: grover-2012
              authors: ["Grover, V.", "Kohli, R."]
              year: 2012
              title: Cocreating IT value
              venue: MIS Quarterly
            """);
        _catalogue.Write("pages/about.md", """
            ---
            title: About
            summary: About this catalogue.
            sources: [grover-2012]
            ---
            Written for tests [@grover-2012, sec. 1].
            """);
        _preview = new Preview(System.Net.IPAddress.Loopback, 0, _catalogue.Content, Path.Combine(_catalogue.Root, "_preview"), search: false, themeFolder: null, headers: null);
        _preview.Updated += update => { lock (_updates) _updates.Add(update); };
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_log), Interactive = InteractionSupport.No });
        _running = _preview.RunAsync(new Reporter(console, _log), _stop.Token);
        _address = await _preview.Started.WaitAsync(TimeSpan.FromSeconds(60));
    }

    private Task<string> GetAsync(string path) => _http.GetStringAsync(_address + path);

    /// <summary>Polls until the condition holds, as a person reloading the page would.</summary>
    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"timed out waiting until {what}");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Saving_a_case_rebuilds_its_pages_and_the_next_request_shows_the_change()
    {
        Assert.StartsWith("http://127.0.0.1:", _address);
        Assert.Contains("Acme pilot", await GetAsync("/cases/acme-case/"));
        var total = _updates.Single().PagesWritten;
        var about = Path.Combine(_catalogue.Root, "_preview", "about", "index.html");
        var aboutWritten = File.GetLastWriteTimeUtc(about);

        _catalogue.Edit("cases/acme-case.md", "title: Acme pilot", "title: Acme service pilot");
        await Eventually(async () => (await GetAsync("/cases/acme-case/")).Contains("Acme service pilot"), "the case page shows the new title");
        // The practice the case links to shows its title too, so it is rebuilt next; unrelated pages are not.
        await Eventually(async () => (await GetAsync("/practices/co-design/")).Contains("Acme service pilot"), "the practice page shows the new title");
        // The pages are served as soon as they are written, a moment before the update is reported.
        await Eventually(() => Task.FromResult(_updates.Count > 2), "both steps of the update are reported");
        var (own, rest) = (_updates[1], _updates[2]);
        Assert.False(own.Full);
        Assert.Equal(["/cases/acme-case/"], own.Pages);
        Assert.Contains("/practices/co-design/", rest.Pages!);
        Assert.DoesNotContain("/cases/acme-case/", rest.Pages!);
        Assert.InRange(rest.PagesWritten, 1, total - 2);
        Assert.Equal(aboutWritten, File.GetLastWriteTimeUtc(about));
    }

    [Fact]
    public async Task A_content_error_keeps_the_last_good_page_and_tells_open_pages_where_it_is()
    {
        using var events = new StreamReader(await _http.GetStreamAsync(_address + LiveReload.EventsPath));
        _catalogue.Edit("cases/acme-case.md", "practice: co-design", "practice: co-desing");

        var error = await ReadEventAsync(events, "errors");
        Assert.Contains("\"file\":", error);
        Assert.Contains("acme-case.md", error);
        Assert.Contains("\"line\":9", error);
        Assert.Contains("unknown practice \\u0027co-desing\\u0027", error);
        Assert.Contains("Acme pilot", await GetAsync("/cases/acme-case/"));

        _catalogue.Edit("cases/acme-case.md", "practice: co-desing", "practice: co-design");
        await ReadEventAsync(events, "reload");
    }

    [Fact]
    public async Task Pages_carry_the_live_reload_script_and_a_missing_page_gets_the_404_page()
    {
        Assert.Contains(LiveReload.ScriptTag, await GetAsync("/practices/co-design/"));
        var missing = await _http.GetAsync(_address + "/practices/no-such-practice/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/..%2f..%2f..%2fetc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/assets/..%2f..%2f..%2fcontent/sources.yaml")]
    [InlineData("/..%5c..%5ccontent%5csources.yaml")]
    [InlineData("/../../../etc/passwd")]
    public async Task Only_files_inside_the_site_folder_are_served(string path)
    {
        // Sent byte for byte: an HTTP client library would tidy the dots away before they reach the server.
        var uri = new Uri(_address);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\n\r\n"));
        var response = await new StreamReader(stream).ReadToEndAsync();
        Assert.DoesNotMatch(@"^HTTP/1\.1 200", response);
        Assert.DoesNotContain("root:", response);
        Assert.DoesNotContain("marcos-cuevas-2016", response);
    }

    private static async Task<string> ReadEventAsync(StreamReader events, string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (await events.ReadLineAsync(timeout.Token) is { } line)
            if (line == $"event: {name}")
                return await events.ReadLineAsync(timeout.Token) ?? "";
        throw new EndOfStreamException($"the event stream ended before a '{name}' event");
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running.WaitAsync(TimeSpan.FromSeconds(10));
        _http.Dispose();
        _catalogue.Dispose();
    }
}
