using System.CommandLine;
using System.Text.Json;
using Catalogue.Benchmarks.Measure;
using Catalogue.Serve;
using Microsoft.Playwright;

namespace Catalogue.Benchmarks;

/// <summary>
/// `catalogue-bench search-latency`: serves a built site, types queries into the header search box
/// in chromium, and prints the time from the last keystroke to the results being on screen, plus the
/// size of the search index.
/// </summary>
internal static class SearchLatencyCommand
{
    private static readonly Option<string> Site = new("--site") { Description = "A site built with search (catalogue build).", Required = true };
    private static readonly Option<int> Queries = new("--queries") { Description = "How many queries to time.", DefaultValueFactory = _ => 20 };
    private static readonly Option<string> Browser = new("--browser") { Description = "The chromium to drive.", DefaultValueFactory = _ => "/usr/bin/chromium" };

    public static Command Create()
    {
        var command = new Command("search-latency", "Time search in a real browser: last keystroke to results shown, median of N queries.") { Site, Queries, Browser };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(Site)!, parse.GetValue(Queries), parse.GetValue(Browser)!));
        return command;
    }

    private static async Task<int> RunAsync(string site, int count, string chromium)
    {
        var index = Path.Combine(site, "pagefind");
        if (!Directory.Exists(index))
        {
            Console.Error.WriteLine($"catalogue-bench: {site} has no pagefind/ folder; build it without --no-search.");
            return 1;
        }
        var indexFiles = Directory.GetFiles(index, "*", SearchOption.AllDirectories);
        var entries = JsonSerializer.Deserialize<List<EntryTitle>>(File.ReadAllBytes(Path.Combine(site, "search", "entries.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var queries = QueriesFrom(entries, count);

        await using var server = await SiteServer.StartAsync(new SiteServerOptions(site));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.Address + "/");
        // Records when the last key went down and when the results list last changed to a new query.
        await page.EvaluateAsync("""
            () => {
              window.__keyAt = 0; window.__shown = {};
              document.addEventListener("keydown", () => { window.__keyAt = performance.now(); }, true);
              const list = document.getElementById("site-search-results");
              new MutationObserver(() => { window.__shown[list.dataset.query] = performance.now() - window.__keyAt; })
                .observe(list, { attributes: true, attributeFilter: ["data-query"] });
            }
            """);
        var box = page.Locator("#site-search-input");
        // The first query pays for downloading the WebAssembly and the index's entry file; time it apart.
        var first = await TimeQueryAsync(page, box, queries[0]);
        var times = new List<double>();
        foreach (var query in queries)
            times.Add(await TimeQueryAsync(page, box, query));
        var spread = Spread.Of(times);

        Console.WriteLine($"site: {site}");
        Console.WriteLine($"pages: {Directory.GetFiles(site, "index.html", SearchOption.AllDirectories).Length}");
        Console.WriteLine($"search index: {indexFiles.Length} files, {Megabytes(indexFiles.Sum(f => new FileInfo(f).Length))}");
        Console.WriteLine($"first query (cold): {first:0} ms");
        Console.WriteLine($"last keystroke to results, median of {times.Count}: {spread.Median:0} ms (fastest {spread.Min:0} ms, slowest {spread.Max:0} ms)");
        return 0;
    }

    private static async Task<double> TimeQueryAsync(IPage page, ILocator box, string query)
    {
        await box.FillAsync("");
        await page.Keyboard.PressAsync("Escape");
        await box.FocusAsync();
        await page.Keyboard.TypeAsync(query, new() { Delay = 40 }); // about a typist's pace
        await page.WaitForFunctionAsync("q => document.getElementById('site-search-results').dataset.query === q", query);
        return await page.EvaluateAsync<double>("q => window.__shown[q]", query);
    }

    /// <summary>The first word or two of evenly spaced titles: queries a reader of this site would type.</summary>
    private static List<string> QueriesFrom(List<EntryTitle> entries, int count) =>
        Enumerable.Range(0, count)
            .Select(i => entries[i * entries.Count / count].Title)
            .Select(title => string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2)).Trim(',', ':', '.'))
            .ToList();

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.00} MB";

    private sealed record EntryTitle(string Title);
}
