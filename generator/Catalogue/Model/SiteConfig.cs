namespace Catalogue.Model;

/// <summary>Settings from content/site.yaml, with the command line's --base-url taking precedence.</summary>
internal sealed record SiteConfig(
    string Title,
    string Description,
    Uri BaseUrl,
    string? Repository,
    string Branch,
    string License,
    string? LicenseUrl)
{
    public static SiteConfig Default => new(
        "Co-creation Practice Catalogue",
        "Practices, capabilities and cases of value co-creation in business networks.",
        new Uri("http://localhost/"),
        null, "main", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/");

    /// <summary>Path prefix of every site URL ("/" or "/catalogue/" when hosted below a folder).</summary>
    public string PathPrefix => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    /// <summary>Whether site.yaml or --base-url said where the site is published, rather than the default's localhost.</summary>
    public bool BaseUrlGiven { get; init; }

    public string Absolute(string sitePath) => new Uri(BaseUrl, sitePath.TrimStart('/')).ToString();
}
