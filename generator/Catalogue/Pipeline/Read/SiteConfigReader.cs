using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Pipeline.Bind;

namespace Catalogue.Pipeline.Read;

/// <summary>Reads content/site.yaml; a missing file means the defaults.</summary>
internal static class SiteConfigReader
{
    public static SiteConfig Read(string fullPath, string display, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var config = SiteConfig.Default;
        if (File.Exists(fullPath) && TextFile.Read(fullPath, display, diagnostics) is { } text
            && new SourceText(text, display, 1) is var yaml && YamlLoader.Load(yaml, diagnostics) is { } node)
        {
            var fields = new FrontMatterBinder(yaml, diagnostics).BindObject(node, ContentSchema.Site, "site.yaml");
            config = config with
            {
                Title = fields.Text("title") ?? config.Title,
                Description = fields.Text("description") ?? config.Description,
                Repository = WebAddress(fields, "repository", diagnostics)?.TrimEnd('/'),
                Branch = fields.Text("branch") ?? config.Branch,
                License = fields.Text("license") ?? config.License,
                LicenseUrl = WebAddress(fields, "license_url", diagnostics) ?? config.LicenseUrl,
            };
            if (fields.Text("base_url") is { } url)
                config = WithBaseUrl(config, url, fields["base_url"]!.At, diagnostics);
        }
        if (baseUrlOverride is not null)
            config = WithBaseUrl(config, baseUrlOverride, new SourceLocation("--base-url", 1, 1), diagnostics);
        return config;
    }

    /// <summary>A setting pages link to: an http(s) address, never a script a click would run.</summary>
    private static string? WebAddress(ObjectValue fields, string name, DiagnosticBag diagnostics)
    {
        if (fields.Text(name) is not { } url) return null;
        if (UrlSafety.IsWebAddress(url)) return url;
        NotWebAddress(url, fields[name]!.At, diagnostics);
        return null;
    }

    private static void NotWebAddress(string url, SourceLocation at, DiagnosticBag diagnostics) =>
        diagnostics.Error(Codes.SiteConfig, at, $"'{url}' is not an absolute http(s) address", "write it like https://catalogue.example.org/");

    private static SiteConfig WithBaseUrl(SiteConfig config, string url, SourceLocation at, DiagnosticBag diagnostics)
    {
        var withSlash = url.EndsWith('/') ? url : url + "/";
        if (UrlSafety.IsWebAddress(withSlash)) return config with { BaseUrl = new Uri(withSlash), BaseUrlGiven = true };
        NotWebAddress(url, at, diagnostics);
        return config;
    }
}
