using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Catalogue.Rendering;

/// <summary>The theme's stylesheets, joined into one file whose name carries a hash of its content,
/// so a cache can keep it for ever and a change always reaches visitors.</summary>
public sealed class ThemeAssets
{
    private static readonly Assembly Theme = typeof(Catalogue.Theme.Models.PageMeta).Assembly;

    // One file per concern; order matters where later rules refine earlier ones.
    private static readonly string[] Stylesheets = ["base.css", "layout.css", "entry.css", "matrix.css", "print.css"];

    public ThemeAssets()
    {
        var css = string.Join("\n", Stylesheets.Select(name => Read("assets/css/" + name)));
        Css = Encoding.UTF8.GetBytes(css);
        CssPath = $"assets/site.{Hash(Css)}.css";
    }

    public byte[] Css { get; }
    /// <summary>Site path of the bundle, e.g. assets/site.3f2a9c1b.css.</summary>
    public string CssPath { get; }

    private static string Read(string name)
    {
        using var stream = Theme.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the theme has no embedded asset '{name}'");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..12];
}
