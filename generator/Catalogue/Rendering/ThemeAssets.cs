using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Catalogue.Theme.Models;

namespace Catalogue.Rendering;

/// <summary>A theme file bundle whose name carries a hash of its content, so caches can keep it for ever
/// and a change always reaches visitors.</summary>
internal sealed record AssetBundle(string SitePath, byte[] Content);

/// <summary>The theme's stylesheets and scripts, each kind joined into one fingerprinted file.</summary>
internal sealed class ThemeAssets
{
    private static readonly Assembly Theme = typeof(Catalogue.Theme.Models.PageMeta).Assembly;

    // One file per concern; order matters where later rules refine earlier ones.
    private static readonly string[] Stylesheets = ["base.css", "layout.css", "entry.css", "matrix.css", "pictures.css", "search.css", "filters.css", "cards.css", "workshop.css", "print.css"];
    // common.js and workshop-store.js declare what the others use, so they come first.
    private static readonly string[] Scripts = ["common.js", "workshop-store.js", "shortcuts.js", "quicksearch.js", "search.js", "filters.js", "previews.js", "tips.js", "entry-tools.js", "workshop.js"];

    /// <summary>The assets built into the theme assembly, as a build publishes them.</summary>
    public ThemeAssets() : this(ReadEmbedded) { }

    private ThemeAssets(Func<string, string> read)
    {
        // The colours come first, written from the palette that slides and pictures use too.
        Css = Bundle("css", Stylesheets, read, Palette.Css());
        Js = Bundle("js", Scripts, read);
    }

    /// <summary>The assets as they are now in a theme folder on disk, so a preview shows edits without recompiling.</summary>
    public static ThemeAssets FromFolder(string themeFolder) =>
        new(name => File.ReadAllText(Path.Combine(themeFolder, name)));

    public AssetBundle Css { get; }
    public AssetBundle Js { get; }

    private static AssetBundle Bundle(string kind, string[] files, Func<string, string> read, string? first = null)
    {
        var content = Encoding.UTF8.GetBytes(first + string.Join("\n", files.Select(name => read($"assets/{kind}/{name}"))));
        return new AssetBundle($"assets/site.{Hash(content)}.{kind}", content);
    }

    private static string ReadEmbedded(string name)
    {
        using var stream = Theme.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the theme has no embedded asset '{name}'");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..12];
}
