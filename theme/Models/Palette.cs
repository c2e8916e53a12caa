using System.Text;

namespace Catalogue.Theme.Models;

/// <summary>A colour of the catalogue's identity: a dimension's (by its id) or a type's, in each colour scheme.</summary>
/// <param name="Light">On a light background, and on paper, slides and preview images.</param>
/// <param name="Dark">On the dark scheme's background.</param>
public sealed record PaletteColour(string Name, string Light, string Dark);

/// <summary>
/// The one declaration of the dimension and type colours. The stylesheet's custom properties (<c>--linking</c>, …)
/// and the classes that colour diagrams are written from it, and slides, preview images and the favicon take its
/// hex values, so a page, a card, a diagram and a slide never disagree.
/// </summary>
public static class Palette
{
    public static readonly PaletteColour Accent = new("accent", "#0f766e", "#5eead4");

    public static readonly IReadOnlyList<PaletteColour> Colours =
    [
        new("linking", "#1d4ed8", "#93b4ff"),
        new("materializing", "#b45309", "#fcc27a"),
        new("institutionalizing", "#047857", "#6ee7b7"),
        new("capability", "#6d28d9", "#c4b5fd"),
        new("case", "#be185d", "#f9a8d4"),
        new("method", "#0e7490", "#67e8f9"),
        Accent,
    ];

    /// <summary>The colour of a dimension id or type name; the accent for anything else.</summary>
    public static PaletteColour Of(string name) => Colours.FirstOrDefault(c => c.Name == name) ?? Accent;

    /// <summary>
    /// The stylesheet's part: each colour as a custom property for the light scheme, the dark scheme and print
    /// (paper is light whatever the screen), and <c>fill-NAME</c> / <c>stroke-NAME</c> classes for inline SVG, which
    /// may carry no style attribute under the site's Content-Security-Policy.
    /// </summary>
    public static string Css()
    {
        string Properties(Func<PaletteColour, string> pick) => string.Concat(Colours.Select(c => $" --{c.Name}: {pick(c)};"));
        var css = new StringBuilder("/* Written from Catalogue.Theme.Models.Palette: change the colours there. */\n");
        css.Append($":root {{{Properties(c => c.Light)} }}\n");
        css.Append($"@media (prefers-color-scheme: dark) {{ :root {{{Properties(c => c.Dark)} }} }}\n");
        css.Append($"@media print {{ :root {{{Properties(c => c.Light)} }} }}\n");
        foreach (var c in Colours)
            css.Append($".fill-{c.Name} {{ fill: var(--{c.Name}); }} .stroke-{c.Name} {{ stroke: var(--{c.Name}); }}\n");
        return css.ToString();
    }
}
