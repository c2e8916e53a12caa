using System.Xml.Linq;
using Catalogue.Model;

namespace Catalogue.Output;

/// <summary>sitemap.xml and robots.txt, which tell search engines what the site holds.</summary>
internal static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Xml(SiteConfig config, IEnumerable<string> sitePaths)
    {
        var urls = new XElement(Ns + "urlset", sitePaths.Order(StringComparer.Ordinal)
            .Select(path => new XElement(Ns + "url", new XElement(Ns + "loc", config.Absolute(path)))));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + urls + "\n";
    }

    public static string Robots(SiteConfig config) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {config.Absolute("sitemap.xml")}\n";
}
