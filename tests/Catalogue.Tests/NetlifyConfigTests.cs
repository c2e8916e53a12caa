using System.Diagnostics;
using Catalogue.Serve;
using System.Text.RegularExpressions;
using Catalogue.Rendering;
using Tomlyn;
using Tomlyn.Model;

namespace Catalogue.Tests;

/// <summary>netlify.toml and its build script: what Netlify builds, publishes and sends with every file.</summary>
public class NetlifyConfigTests
{
    private static readonly string Root = RealSiteFixture.RepositoryRoot;
    private static readonly string ConfigPath = Path.Combine(Root, "netlify.toml");
    private static readonly string ScriptPath = Path.Combine(Root, "scripts", "netlify-build.sh");
    private static readonly TomlTable Config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(ConfigPath))!;
    private static readonly NetlifyHeaders Headers = NetlifyHeaders.Load(ConfigPath);

    [Fact]
    public void Netlify_publishes_the_generator_output()
    {
        Assert.Equal("_site", Table(Config, "build")["publish"]);
    }

    [Fact]
    public void Production_and_deploy_previews_build_with_the_script()
    {
        Assert.Equal("bash scripts/netlify-build.sh", Table(Config, "build")["command"]);
        Assert.Equal("bash scripts/netlify-build.sh", Table(Table(Config, "context"), "deploy-preview")["command"]);
        if (!OperatingSystem.IsWindows())
            Assert.True(File.GetUnixFileMode(ScriptPath).HasFlag(UnixFileMode.UserExecute), "the script should be executable");
    }

    [Fact]
    public void The_script_is_valid_bash_and_installs_the_sdk_pinned_in_global_json()
    {
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-n", ScriptPath]) { RedirectStandardError = true })!;
        var errors = bash.StandardError.ReadToEnd();
        bash.WaitForExit();
        Assert.True(bash.ExitCode == 0, errors);

        var script = File.ReadAllText(ScriptPath);
        Assert.Contains("set -euo pipefail", script);
        Assert.Contains("global.json", script);
        Assert.Contains("https://dot.net/v1/dotnet-install.sh", script);
        Assert.Contains("dotnet run --project generator/Catalogue -- build", script); // the README's build command
        Assert.Contains("DEPLOY_PRIME_URL", script);
    }

    [Fact]
    public void The_content_security_policy_allows_only_the_sites_own_files_and_webassembly()
    {
        var csp = Headers.Rules["/*"]["Content-Security-Policy"];
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);

        Assert.Equal(["'self'", "'wasm-unsafe-eval'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Contains("upgrade-insecure-requests", directives.Keys);

        var everyValue = string.Join(" ", Headers.Rules.SelectMany(rule => rule.Value.Values));
        Assert.DoesNotContain("'unsafe-inline'", everyValue);
        Assert.DoesNotContain("'unsafe-eval'", everyValue);
        var sources = directives.Values.SelectMany(v => v).ToList();
        Assert.DoesNotContain(sources, s => Regex.IsMatch(s, "^(https?:|\\*)|^[a-z0-9-]+\\.[a-z]"));
    }

    [Fact]
    public void Every_response_carries_the_hardening_headers()
    {
        var headers = Headers.For("/practices/co-design/");
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("DENY", headers["X-Frame-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        Assert.Contains("camera=()", headers["Permissions-Policy"]);
        Assert.Contains("geolocation=()", headers["Permissions-Policy"]);
        Assert.Matches("^max-age=31536000; includeSubDomains$", headers["Strict-Transport-Security"]);
        Assert.Contains("Content-Security-Policy", headers.Keys);
    }

    [Fact]
    public void Fingerprinted_assets_are_cached_for_a_year_and_pages_are_not()
    {
        var css = "/" + ThemeAssets.Embedded.Css.SitePath;
        Assert.Matches(@"^/assets/site\.[0-9a-f]+\.css$", css); // the name changes whenever the content does

        var cache = Headers.For(css)["Cache-Control"];
        Assert.Contains("max-age=31536000", cache);
        Assert.Contains("immutable", cache);

        Assert.False(Headers.For("/cases/bekaert-carding/").ContainsKey("Cache-Control"));
        Assert.DoesNotContain("immutable", Headers.For("/pagefind/pagefind.js")["Cache-Control"]);
    }

    private static TomlTable Table(TomlTable parent, string key) =>
        Assert.IsType<TomlTable>(parent[key]);
}
