namespace Catalogue.Model;

/// <summary>Recognises URLs that would run script or smuggle content when clicked: any scheme but the few a page links to.</summary>
internal static class UrlSafety
{
    /// <summary>The schemes a link in content may have; the HTML sanitizer allows the same.</summary>
    public static readonly IReadOnlyList<string> AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>The scheme as a browser reads it: ignoring case, whitespace and control characters.</summary>
    public static string? Scheme(string url)
    {
        var cleaned = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon <= 0) return null;
        var scheme = cleaned[..colon];
        return scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme.ToLowerInvariant() : null;
    }

    public static bool HasScheme(string url) => Scheme(url) is not null;
    public static bool IsUnsafe(string url) => Scheme(url) is { } s && !AllowedSchemes.Contains(s);

    /// <summary>An absolute http or https address, as site settings and sources must give.</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
