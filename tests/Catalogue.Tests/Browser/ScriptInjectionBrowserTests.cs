using Catalogue.Pipeline.Index;
using Catalogue.Serve;
using Catalogue.Tests.Security;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Catalogue.Tests.Browser;

/// <summary>
/// A site built from every payload wherever `check` accepts it (<see cref="PayloadCatalogue.Accepted"/>),
/// with its search index and a page linking to every entry, served with the production headers.
/// </summary>
public sealed class PayloadSite : IAsyncLifetime
{
    public const string EveryEntryPath = "/every-entry/";

    private PayloadCatalogue? _catalogue;
    private SiteServer? _server;

    public string BaseUrl => _server!.Address;
    public string Output => _catalogue!.Files.Output;

    internal PayloadCatalogue Catalogue => _catalogue!;

    /// <summary>Every page of the site, as paths: "/", "/cases/case-p3/", "/404.html".</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        // Without chromium the tests skip, or under CI=true BrowserSite fails them: nothing to build for.
        if (!File.Exists(BrowserSite.Chromium)) return;
        var refused = new HashSet<(int, string)>();
        foreach (var group in ScriptInjectionTests.SlotGroups.Keys)
            refused.UnionWith(await ScriptInjectionTests.RefusedInAsync(group));
        _catalogue = PayloadCatalogue.Accepted(refused);
        var files = _catalogue.Files;
        var ids = EntryFiles.In(files.Content, SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        files.Write($"pages{EveryEntryPath.TrimEnd('/')}.md", "---\ntitle: Every entry\nsummary: A link to every entry, to preview each.\n---\n"
            + string.Concat(ids.Select(id => $"- [[{id}]]\n")));

        var result = await files.BuildAsync();
        if (!result.Succeeded) throw new InvalidOperationException("the payload site did not build: " + string.Join("\n", result.Diagnostics));
        await new SearchIndexer(NodeTools.Find(RealSiteFixture.RepositoryRoot)!).IndexAsync(files.Output, CancellationToken.None);
        Pages = Directory.EnumerateFiles(files.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(files.Output, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("/pagefind/", StringComparison.Ordinal))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal).ToList();
        _server = await SiteServer.StartAsync(new SiteServerOptions(files.Output, Headers: NetlifyHeaders.Load(Path.Combine(RealSiteFixture.RepositoryRoot, "netlify.toml"))));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _catalogue?.Dispose();
    }
}

/// <summary>
/// Every payload check accepts, in chromium with the site's Content-Security-Policy: visiting every page,
/// previewing every entry's link, and typing every payload into both search boxes opens no dialog, and
/// the policy has no script, frame or style of the content's to block. Text from the content is shown as text.
/// </summary>
[Collection(BrowserSite.Collection)]
public class ScriptInjectionBrowserTests(BrowserSite site, PayloadSite payloads, ITestOutputHelper output) : IClassFixture<PayloadSite>
{
    private const int VisitingTabs = 4;

    private readonly List<string> _dialogs = [];
    private readonly List<string> _blocked = [];

    /// <summary>Opens a page of the payload site that records every dialog and what the policy blocks, on it and on the pages it goes to.</summary>
    private async Task<IPage> OpenAsync(string path)
    {
        var page = await site.OpenAsync(path, origin: payloads.BaseUrl);
        page.Dialog += (_, dialog) =>
        {
            lock (_dialogs) _dialogs.Add($"{page.Url}: {dialog.Type} \"{dialog.Message}\"");
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal) && !IsExternalPicture(message.Text))
                lock (_blocked) _blocked.Add($"{page.Url}: {message.Text}");
        };
        return page;
    }

    /// <summary>A Markdown image of another site is content check accepts; the policy keeps it off the page (img-src 'self').</summary>
    private static bool IsExternalPicture(string blocked) => blocked.Contains("img-src", StringComparison.Ordinal) && blocked.Contains("https://example.org/", StringComparison.Ordinal);

    private async Task AssertNothingRanAsync(IPage page)
    {
        _blocked.AddRange((await BrowserSite.PolicyViolationsAsync(page)).Where(v => !IsExternalPicture(v)).Select(v => $"{page.Url}: {v}"));
        Assert.Empty(_dialogs);
        Assert.Empty(_blocked);
    }

    [SkippableBrowserFact]
    public async Task Visiting_every_page_runs_no_script_of_the_content()
    {
        if (site.SkipsHere(output)) return;
        Assert.Empty(ExecutableContent.In(payloads.Output));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Chromium reports on the console whatever the policy blocks, so the pages need not be asked one by one.
        // Each is left after its load event, when its images have loaded or failed and fired their handlers.
        // A few tabs share the pages: most of a visit is waiting for the browser, not work.
        var tabs = await Task.WhenAll(Enumerable.Range(0, VisitingTabs).Select(_ => OpenAsync("/")));
        await Task.WhenAll(tabs.Select(async (tab, t) =>
        {
            for (var i = t; i < payloads.Pages.Count; i += tabs.Length)
                await tab.GotoAsync(payloads.BaseUrl + payloads.Pages[i]);
        }));
        foreach (var tab in tabs) await AssertNothingRanAsync(tab);
        output.WriteLine($"{payloads.Pages.Count} pages visited in {clock.Elapsed.TotalSeconds:0} s");
        Assert.True(payloads.Pages.Count > payloads.Catalogue.Titles.Count, $"only {payloads.Pages.Count} pages for {payloads.Catalogue.Titles.Count} entries");
    }

    [SkippableBrowserFact]
    public async Task Previewing_every_entry_shows_its_payload_title_as_text()
    {
        if (site.SkipsHere(output)) return;
        var page = await OpenAsync(PayloadSite.EveryEntryPath);
        var links = page.Locator(".prose a[data-kind]");
        var preview = page.Locator("#link-preview");
        for (var i = 0; i < 3; i++)
        {
            await links.Nth(i).HoverAsync();
            await Assertions.Expect(preview.Locator(".link-preview-title")).ToHaveTextAsync(await links.Nth(i).TextContentAsync() ?? "");
        }
        // The pointer leaves the links, then every link takes focus in turn, in the page, to spare a round trip
        // per link: each preview must show the title of the entry linked, which is the link's text, as text.
        await page.Mouse.MoveAsync(0, 0);
        var wrong = await links.EvaluateAllAsync<string[]>("""
            async links => {
              const wrong = [];
              for (const a of links) {
                a.focus();
                const shown = () => {
                  const card = document.getElementById("link-preview");
                  return card && !card.hidden && card.children.length === 3 && card.querySelector(".link-preview-title").textContent === a.textContent;
                };
                for (let wait = 0; wait < 100 && !shown(); wait++) await new Promise(r => setTimeout(r, 10));
                if (!shown()) wrong.push(`${a.pathname}: ${document.getElementById("link-preview")?.innerHTML}`);
                if (wrong.length === 10) break; // enough to tell what is wrong
              }
              return wrong;
            }
            """);
        Assert.Empty(wrong);
        await AssertNothingRanAsync(page);
        var count = await links.CountAsync();
        output.WriteLine($"{count} previews shown");
        Assert.True(count >= payloads.Catalogue.Titles.Count, $"only {count} links for {payloads.Catalogue.Titles.Count} entries");
    }

    [SkippableBrowserFact]
    public async Task Typing_every_payload_into_both_search_boxes_runs_nothing()
    {
        if (site.SkipsHere(output)) return;
        foreach (var (path, input, results) in new[] { ("/", "#site-search-input", "#site-search-results"), ("/search/", "#search-input", ".search-results") })
        {
            var page = await OpenAsync(path);
            // Typed in the page, to spare a round trip per payload: each is put in the box as typing leaves it
            // (a one-line input drops line breaks), then the results must be those of the payload, trimmed, and
            // hold no element the payload names.
            var wrong = await page.EvaluateAsync<string[]>("""
                async ([payloads, input, results]) => {
                  const wrong = [];
                  const box = document.querySelector(input);
                  for (const payload of payloads) {
                    box.value = payload;
                    box.dispatchEvent(new Event("input", { bubbles: true }));
                    const query = box.value.trim();
                    // Up to 15 s: under a loaded CI machine a search of a long payload can take seconds.
                    const shown = () => document.querySelector(results)?.getAttribute("data-query") === query;
                    for (let wait = 0; wait < 1500 && !shown(); wait++) await new Promise(r => setTimeout(r, 10));
                    if (!shown()) wrong.push(`${payload}: the results are for ${document.querySelector(results)?.getAttribute("data-query")}`);
                    const made = document.querySelector(`${results} :is(img, svg, script, iframe, object, embed, a[href^='javascript'])`);
                    if (made) wrong.push(`${payload}: ${made.outerHTML}`);
                  }
                  return wrong;
                }
                """, new object[] { XssPayloads.All, input, results });
            Assert.Empty(wrong);
            await AssertNothingRanAsync(page);
        }
    }

    /// <summary>Payloads in the bodies, found by search, are shown in the results' excerpts as the very text they are, highlighted.</summary>
    [SkippableBrowserFact]
    public async Task A_payload_in_a_body_shows_in_a_search_excerpt_as_text()
    {
        if (site.SkipsHere(output)) return;
        var page = await OpenAsync("/search/?q=onerror&type=Concept");
        // The bodies hold the word most often, so they rank first.
        var bodies = page.Locator(".search-result").Filter(new() { Has = page.Locator("h2 a[href^='/concepts/body-']") }).Locator(".result-excerpt");
        await Assertions.Expect(bodies.First).ToContainTextAsync("onerror");
        var excerpts = await bodies.AllTextContentsAsync();
        var shown = XssPayloads.All.Where(p => p.Contains("onerror", StringComparison.Ordinal) && excerpts.Any(e => e.Contains(p, StringComparison.Ordinal))).ToList();
        output.WriteLine($"{shown.Count} payloads shown whole in {excerpts.Count} excerpts of bodies: {string.Join("  ", shown)}");
        Assert.NotEmpty(shown);
        Assert.True(await bodies.First.Locator("mark").CountAsync() > 0, "the excerpt highlights the match");
        Assert.Equal(0, await page.Locator(".search-results img").CountAsync());
        await AssertNothingRanAsync(page);
    }

    [SkippableBrowserFact]
    public async Task The_workshop_builder_shows_payload_titles_as_text()
    {
        if (site.SkipsHere(output)) return;
        var practices = payloads.Catalogue.Titles.Where(t => t.Key.StartsWith("practice-", StringComparison.Ordinal)).ToList();
        var blocks = string.Join('.', practices.Select(p => $"{p.Key}_60"));
        var title = Uri.EscapeDataString(XssPayloads.All[0]);
        var page = await OpenAsync($"/workshop/?title={title}&blocks={blocks}");
        var titles = page.Locator(".agenda-title a");
        await Assertions.Expect(titles).ToHaveCountAsync(practices.Count);
        Assert.Equal(practices.Select(p => p.Value.Trim()), await titles.AllTextContentsAsync());
        await AssertNothingRanAsync(page);
    }
}
