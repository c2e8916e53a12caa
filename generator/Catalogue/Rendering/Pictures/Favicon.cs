using Catalogue.Theme.Models;

namespace Catalogue.Rendering.Pictures;

/// <summary>
/// The site's icon: three rounded bars in the three dimension colours, rising like the model's layers. A separate
/// file, so its colours are written in (the page's stylesheet does not reach it).
/// </summary>
internal static class Favicon
{
    public const string SitePath = "favicon.svg";

    /// <param name="dimensions">The dimension ids in reading order; the icon draws the first three.</param>
    public static string Svg(string siteTitle, IReadOnlyList<string> dimensions)
    {
        var colours = dimensions.Take(3).Select(d => Palette.Of(d).Light).ToList();
        while (colours.Count < 3) colours.Add(Palette.Accent.Light);
        var bars = string.Concat(colours.Select((colour, i) =>
            $"<rect x=\"{4 + i * 20}\" y=\"{34 - i * 12}\" width=\"16\" height=\"{26 + i * 12}\" rx=\"4\" fill=\"{colour}\"/>"));
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"
             + $"<title>{SvgText.Escape(siteTitle)}</title><desc>Three bars in the colours of the three dimensions.</desc>"
             + "<rect width=\"64\" height=\"64\" rx=\"12\" fill=\"#ffffff\"/>" + bars + "</svg>";
    }
}
