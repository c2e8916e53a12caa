using Catalogue.Theme.Models;

namespace Catalogue.Export;

/// <summary>A box on a slide, in points from the top left corner.</summary>
internal sealed record SlideBox(double X, double Y, double Width, double Height);

/// <summary>
/// The geometry and type of the deck: a 16:9 slide, where the title and the body go, and each text
/// style's size and spacing. Line spacing is set exactly, not left to the app, so that the height
/// <see cref="SlidePaginator"/> estimates is the height PowerPoint and LibreOffice draw.
/// </summary>
internal static class SlideLayouts
{
    public const double SlideWidth = 960, SlideHeight = 540; // 13.333 × 7.5 inches
    public const long EmuPerPoint = 12_700;
    public const string Font = "Arial";
    public const string TextColour = "1B1F24";
    public const string MutedColour = "4A5360";

    public static readonly SlideBox Band = new(0, 0, SlideWidth, 10);
    public static readonly SlideBox Title = new(44, 30, 872, 62);
    public static readonly SlideBox Body = new(44, 110, 872, 400);
    public static readonly SlideBox CoverTitle = new(60, 150, 840, 150);
    public static readonly SlideBox CoverSubtitle = new(60, 310, 840, 160);

    public const double TitleSize = 32, CoverTitleSize = 44, CoverSubtitleSize = 20;

    /// <summary>Line height as a multiple of the font size.</summary>
    public const double LineHeight = 1.2;

    /// <summary>Bullets and steps hang their text this far from the left edge.</summary>
    public const double Indent = 24;

    /// <summary>The band colour by card theme: the site's light scheme, from the one palette.</summary>
    public static string Colour(string theme) => Palette.Of(theme).Light.TrimStart('#').ToUpperInvariant();

    public static double Size(TextStyle style) => style switch
    {
        TextStyle.Lead => 20,
        TextStyle.Heading => 18,
        TextStyle.Reference => 13,
        _ => 16,
    };

    public static double SpaceBefore(TextStyle style) => style switch
    {
        TextStyle.Heading => 12,
        TextStyle.Lead => 0,
        _ => 4,
    };

    public static bool Bold(TextStyle style) => style == TextStyle.Heading;

    public static bool Hangs(TextStyle style) => style is TextStyle.Bullet or TextStyle.Step or TextStyle.Reference;
}
