using Tomlyn;
using Tomlyn.Model;

namespace Catalogue.Serve;

/// <summary>
/// The <c>[[headers]]</c> rules of netlify.toml, path pattern → headers, in file order, so a test
/// server can send the site with the headers Netlify sends. Patterns are Netlify's: an exact path, or
/// a prefix ending in <c>*</c> (<c>/*</c>, <c>/assets/*</c>). The preview server and the browser tests send
/// them, so a page that breaks the production Content-Security-Policy fails before it is deployed.
/// </summary>
internal sealed class NetlifyHeaders
{
    private NetlifyHeaders(OrderedDictionary<string, IReadOnlyDictionary<string, string>> rules) => Rules = rules;

    /// <summary>Each path pattern with the headers set for it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Rules { get; }

    public static NetlifyHeaders Load(string netlifyToml)
    {
        var model = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(netlifyToml))
            ?? throw new InvalidDataException($"{netlifyToml} is empty");
        var rules = new OrderedDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (!model.TryGetValue("headers", out var headers)) return new NetlifyHeaders(rules);

        foreach (var rule in headers as TomlTableArray ?? throw new InvalidDataException($"{netlifyToml}: 'headers' is not an array of tables"))
        {
            var pattern = rule.TryGetValue("for", out var f) && f is string s
                ? s
                : throw new InvalidDataException($"{netlifyToml}: a [[headers]] rule has no 'for'");
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (rules.TryGetValue(pattern, out var earlier))
                foreach (var (name, value) in earlier) values[name] = value;
            if (rule.TryGetValue("values", out var v) && v is TomlTable table)
                foreach (var (name, value) in table)
                    values[name] = value as string ?? throw new InvalidDataException($"{netlifyToml}: header '{name}' for '{pattern}' is not a string");
            rules[pattern] = values;
        }
        return new NetlifyHeaders(rules);
    }

    /// <summary>The headers for one request path: every matching rule's, a later rule's value replacing
    /// an earlier one's.</summary>
    public IReadOnlyDictionary<string, string> For(string requestPath)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pattern, values) in Rules)
            if (Matches(pattern, requestPath))
                foreach (var (name, value) in values) result[name] = value;
        return result;
    }

    public static bool Matches(string pattern, string requestPath) =>
        pattern.EndsWith('*')
            ? requestPath.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : string.Equals(pattern.TrimEnd('/'), requestPath.TrimEnd('/'), StringComparison.Ordinal);
}
