using System.Globalization;
using SkiaSharp;

namespace Catalogue.Pipeline.Figures;

/// <summary>
/// Checks an image file without decoding its pixels: it exists, its name says what it holds, it is small
/// enough to read, and its header is sound and declares no more than <see cref="FigureRules.MaxPixels"/>.
/// </summary>
internal static class FigureInspector
{
    /// <summary>The image's format and size, or what is wrong with it and how to fix that.</summary>
    /// <param name="name">The file as the entry names it, for the messages.</param>
    public static (FigureInfo? Info, string? Problem, string? Hint) Inspect(string path, string name)
    {
        var extension = Path.GetExtension(path);
        if (!FigureRules.Extensions.TryGetValue(extension, out var format))
            return (null, $"'{name}' is not a PNG, JPEG, WebP or SVG file", "save diagrams as SVG or PNG and photos as JPEG");
        var file = new FileInfo(path);
        if (!file.Exists)
            return (null, $"there is no image '{name}' beside this entry", $"save the image as {name} next to the entry's file, or correct the name");
        if (file.Length > FigureRules.MaxFileBytes)
            return (null, $"'{name}' is {file.Length / (1024.0 * 1024):0.#} MB, over the limit of {FigureRules.MaxFileBytes / (1024 * 1024)} MB",
                "export it at most 2,000 pixels wide; a photo saved as JPEG at quality 85 is then well under 2 MB");
        if (format == FigureFormat.Svg)
        {
            var (svg, problem) = SvgCheck.Inspect(path);
            return svg is not null ? (svg, null, null)
                : (null, $"'{name}' {problem}, so it is refused", "export the drawing again as plain SVG, without scripts, links or embedded files, or as PNG");
        }
        using var stream = File.OpenRead(path);
        using var codec = SKCodec.Create(stream, out var result);
        if (codec is null)
            return (null, $"'{name}' is not a readable image ({Describe(result)})", "open it in an image editor and export it again");
        var found = FormatOf(codec.EncodedFormat);
        if (found is null)
            return (null, $"'{name}' holds a {codec.EncodedFormat} image, which the site does not take", "export it as PNG or JPEG");
        if (found != format)
            return (null, $"'{name}' holds a {found.Value.ToString().ToUpperInvariant()} image, not what its extension says",
                $"rename it to {Path.ChangeExtension(name, found == FigureFormat.Jpeg ? ".jpg" : "." + found.Value.ToString().ToLowerInvariant())}");
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > FigureRules.MaxPixels)
            return (null, string.Create(CultureInfo.InvariantCulture,
                    $"'{name}' declares {width:N0} × {height:N0} pixels, over the limit of {FigureRules.MaxPixels / 1_000_000} million"),
                "export it smaller: 2,000 pixels wide is plenty for a page");
        return (new FigureInfo(format, width, height), null, null);
    }

    private static FigureFormat? FormatOf(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Png => FigureFormat.Png,
        SKEncodedImageFormat.Jpeg => FigureFormat.Jpeg,
        SKEncodedImageFormat.Webp => FigureFormat.WebP,
        _ => null,
    };

    private static string Describe(SKCodecResult result) => result switch
    {
        SKCodecResult.IncompleteInput => "the file ends early",
        _ => "damaged, or not an image at all",
    };
}
