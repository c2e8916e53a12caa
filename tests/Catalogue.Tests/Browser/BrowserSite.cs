using Catalogue.Serve;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser;

/// <summary>
/// The real site, built with its search index, served on 127.0.0.1 by the project's own server and opened in Debian's chromium.
/// Without chromium a developer's run skips these tests and says why; under CI=true that is a failure.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>Browser test classes share one built site and one browser, and run one after another.</summary>
    public const string Collection = "browser";

    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Why browser tests skip on this machine, or null; under CI=true they never skip.</summary>
    public static string? SkipReason =>
        File.Exists(Chromium) || Environment.GetEnvironmentVariable("CI") == "true" ? null : $"{Chromium} is not installed (apt-get install chromium)";
    private SiteServer? _server;
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }
    public string BaseUrl { get; private set; } = "";
    public string? Unavailable { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            Unavailable = SkipReason ?? throw new InvalidOperationException($"CI=true but {Chromium} is missing; .ci/run installs it with apt-get.");
            return;
        }
        var (output, result) = await RealSiteFixture.BuildOnceAsync();
        if (!result.Succeeded) throw new InvalidOperationException("the real content did not build: " + string.Join("\n", result.Diagnostics));

        // Served as production serves it, Content-Security-Policy included, so a script the policy blocks fails here.
        _server = await SiteServer.StartAsync(new SiteServerOptions(output, Headers: NetlifyHeaders.Load(Path.Combine(RealSiteFixture.RepositoryRoot, "netlify.toml"))));
        BaseUrl = _server.Address;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>Opens a page in a context of its own, or in the given one to share its storage with other pages.</summary>
    /// <param name="origin">Another site's address, to open a page of it instead of the real site's.</param>
    public async Task<IPage> OpenAsync(string path, IBrowserContext? context = null, string? origin = null)
    {
        var page = context is null ? await Browser!.NewPageAsync() : await context.NewPageAsync();
        // Injected by the browser's debugging protocol, so the page's own policy does not apply to it.
        await page.AddInitScriptAsync("""
            window.__violations = [];
            document.addEventListener("securitypolicyviolation", e => window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline code"}`));
            """);
        await page.GotoAsync((origin ?? BaseUrl) + path);
        return page;
    }

    /// <summary>True, after saying why in the test's output, when this machine has no browser for the test.</summary>
    public bool SkipsHere(Xunit.Abstractions.ITestOutputHelper output)
    {
        if (Unavailable is null) return false;
        output.WriteLine("Skipped: " + Unavailable);
        return true;
    }

    /// <summary>What the Content-Security-Policy blocked on the page so far.</summary>
    public static Task<string[]> PolicyViolationsAsync(IPage page) => page.EvaluateAsync<string[]>("window.__violations");

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}

[CollectionDefinition(BrowserSite.Collection)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>;
