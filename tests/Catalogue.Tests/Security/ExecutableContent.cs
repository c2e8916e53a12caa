using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Catalogue.Model;

namespace Catalogue.Tests.Security;

/// <summary>
/// Whatever in a built site a browser would run as script, or load in a way that could: every page
/// parsed as a browser parses it (with scripting on), every data file as the JSON or XML its readers expect.
/// </summary>
public static class ExecutableContent
{
    /// <summary>Elements no page of ours has: frames and plugins, a base address, styles and templates, SVG animation (which can set an href).</summary>
    private static readonly HashSet<string> ForeignElements =
        ["iframe", "frame", "frameset", "object", "embed", "applet", "portal", "base", "style", "template", "noembed", "animate", "set"];

    /// <summary>Attributes whose value a browser follows or loads as an address.</summary>
    private static readonly HashSet<string> AddressAttributes =
        ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "cite", "longdesc", "lowsrc", "dynsrc", "codebase", "manifest", "icon"];

    /// <summary>Attributes holding several addresses.</summary>
    private static readonly HashSet<string> AddressListAttributes = ["srcset", "ping", "archive"];

    /// <summary>One line per thing found: the file, then what.</summary>
    public static IReadOnlyList<string> In(string site)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true });
        var bundles = Directory.GetFiles(Path.Combine(site, "assets"), "*.js").Select(f => "/assets/" + Path.GetFileName(f)).ToList();
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(site, file).Replace('\\', '/');
            if (name.StartsWith("pagefind/", StringComparison.Ordinal)) continue;
            IEnumerable<string> problems = Path.GetExtension(file) switch
            {
                ".html" => InPage(parser.ParseDocument(File.ReadAllText(file)), bundles),
                ".json" => NotParsed(() => JsonDocument.Parse(File.ReadAllBytes(file)).Dispose()),
                ".xml" => NotParsed(() => XDocument.Parse(File.ReadAllText(file))),
                _ => [],
            };
            found.AddRange(problems.Select(p => $"{name}: {p}"));
        }
        return found;
    }

    private static IEnumerable<string> InPage(IDocument page, IReadOnlyList<string> bundles)
    {
        foreach (var element in page.All)
        {
            var tag = element.LocalName;
            if (tag == "script" && !(element.TextContent.Length == 0 && element.GetAttribute("src") is { } src && bundles.Any(b => src.EndsWith(b, StringComparison.Ordinal))))
                yield return "a script that is not the site's own: " + element.OuterHtml;
            if (ForeignElements.Contains(tag)) yield return $"a <{tag}> element: {element.OuterHtml}";
            if (tag == "meta" && element.HasAttribute("http-equiv")) yield return "a meta http-equiv: " + element.OuterHtml;
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                if (name.StartsWith("on", StringComparison.Ordinal)) yield return $"an event handler on <{tag}>: {name}=\"{attribute.Value}\"";
                if (name is "style" or "srcdoc") yield return $"a {name} attribute on <{tag}>: \"{attribute.Value}\"";
                var addresses = AddressListAttributes.Contains(name) ? attribute.Value.Split([' ', ',', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
                    : AddressAttributes.Contains(name) ? [attribute.Value] : [];
                foreach (var address in addresses.Where(UrlSafety.IsUnsafe))
                    yield return $"a {UrlSafety.Scheme(address)}: address in {name} of <{tag}>: \"{attribute.Value}\"";
            }
        }
    }

    private static IEnumerable<string> NotParsed(Action parse)
    {
        try
        {
            parse();
        }
        catch (Exception e) when (e is JsonException or XmlException)
        {
            return [$"does not parse: {e.Message}"];
        }
        return [];
    }
}
