namespace Catalogue.Pipeline.Link;

/// <summary>Recognises URLs that would run script or smuggle content when clicked.</summary>
public static class UrlSafety
{
    private static readonly string[] Forbidden = ["javascript", "vbscript", "data"];

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
    public static bool IsUnsafe(string url) => Scheme(url) is { } s && Forbidden.Contains(s);
}
