using System.Globalization;
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
    private static readonly string[] Scripts = ["common.js", "workshop-store.js", "agenda.js", "slides.js", "shortcuts.js", "quicksearch.js", "search.js", "filters.js", "previews.js", "tips.js", "entry-tools.js", "plan-tools.js", "workshop.js"];
    // PptxGenJS (450 KB) and deck.js are loaded only when a visitor asks for slides.
    private static readonly string[] DeckScripts = ["pptxgen.bundle.js", "deck.js"];

    private static readonly Lazy<ThemeAssets> Built = new(() => new ThemeAssets());

    /// <summary>The assets built into the theme assembly, read once.</summary>
    public static ThemeAssets Embedded => Built.Value;

    /// <summary>The assets built into the theme assembly, as a build publishes them.</summary>
    private ThemeAssets() : this(ReadEmbedded) { }

    private ThemeAssets(Func<string, string> read)
    {
        // The colours come first, written from the palette that slides and pictures use too.
        Css = Bundle("css", Stylesheets, read, "site.{0}.css", Palette.Css());
        Js = Bundle("js", Scripts, read, "site.{0}.js");
        Deck = Bundle("deck", DeckScripts, read, "deck.{0}.js");
        AgendaScript = read("assets/js/agenda.js");
    }

    /// <summary>The assets as they are now in a theme folder on disk, so a preview shows edits without recompiling.</summary>
    public static ThemeAssets FromFolder(string themeFolder) =>
        new(name => File.ReadAllText(Path.Combine(themeFolder, name)));

    public AssetBundle Css { get; }
    public AssetBundle Js { get; }
    public AssetBundle Deck { get; }

    /// <summary>The clock and group-size advice the deck script needs; in the site it comes with the page's own script.</summary>
    public string AgendaScript { get; }

    /// <param name="name">The published file's name, with {0} where its content hash goes.</param>
    /// <param name="first">Text put before the files (the stylesheet's colours, from the palette).</param>
    private static AssetBundle Bundle(string folder, string[] files, Func<string, string> read, string name, string? first = null)
    {
        var content = Encoding.UTF8.GetBytes(first + string.Join("\n", files.Select(file => read($"assets/{folder}/{file}"))));
        return new AssetBundle("assets/" + string.Format(CultureInfo.InvariantCulture, name, Hash(content)), content);
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
