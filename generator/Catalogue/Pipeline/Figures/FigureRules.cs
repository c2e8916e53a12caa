namespace Catalogue.Pipeline.Figures;

/// <summary>What the build accepts as a figure, and the sizes it makes of one.</summary>
internal static class FigureRules
{
    /// <summary>The folder beside an entry's file that holds its images: content/cases/images/.</summary>
    public const string Folder = "images";

    /// <summary>Larger files are refused before they are read: a photo fit for a page is a few megabytes.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>
    /// The most pixels an image may declare. Decoding takes 4 bytes a pixel (100 MB here), and the declared size
    /// is checked before a pixel is read, so a small file claiming 30,000 × 30,000 pixels costs nothing.
    /// </summary>
    public const long MaxPixels = 25_000_000;

    /// <summary>The widths made for srcset, each only when the original is wider; the original's own width (up to the last) too.</summary>
    public static readonly int[] Widths = [480, 960, 1600];

    public const int WebPQuality = 80;
    public const int JpegQuality = 82;

    /// <summary>File extensions and the format each must hold.</summary>
    public static readonly IReadOnlyDictionary<string, FigureFormat> Extensions = new Dictionary<string, FigureFormat>(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = FigureFormat.Png, [".jpg"] = FigureFormat.Jpeg, [".jpeg"] = FigureFormat.Jpeg,
        [".webp"] = FigureFormat.WebP, [".svg"] = FigureFormat.Svg,
    };

    /// <summary>The widths to make of an image this wide, smallest first.</summary>
    public static IReadOnlyList<int> WidthsFor(int width)
    {
        var widths = Widths.Where(w => w < width).ToList();
        var largest = Math.Min(width, Widths[^1]);
        if (!widths.Contains(largest)) widths.Add(largest);
        return widths;
    }
}

internal enum FigureFormat { Png, Jpeg, WebP, Svg }

/// <summary>An image as its header describes it.</summary>
internal sealed record FigureInfo(FigureFormat Format, int Width, int Height);
