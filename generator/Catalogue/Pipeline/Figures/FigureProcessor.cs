using SkiaSharp;

namespace Catalogue.Pipeline.Figures;

/// <summary>One file made of a figure: its width, its extension (webp, png, jpg, svg) and its bytes.</summary>
internal sealed record FigureOutput(int Width, int Height, string Extension, byte[] Bytes);

/// <summary>A figure's files, smallest first within each format.</summary>
internal sealed record ProcessedFigure(IReadOnlyList<FigureOutput> Files);

/// <summary>An image whose pixels could not be read, though its header was sound (a file cut short, damaged data).</summary>
internal sealed class FigureDecodeException(string message) : Exception(message);

/// <summary>
/// Makes the sizes of a figure with SkiaSharp: each width of <see cref="FigureRules.WidthsFor"/> as WebP and in
/// the original format (PNG stays lossless, JPEG stays JPEG, a WebP original falls back to PNG). An SVG is
/// published as it is, once <see cref="SvgCheck"/> has passed it.
/// </summary>
internal static class FigureProcessor
{
    public static ProcessedFigure Process(byte[] bytes, FigureInfo info)
    {
        if (info.Format == FigureFormat.Svg) return new ProcessedFigure([new FigureOutput(info.Width, info.Height, "svg", bytes)]);

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw new FigureDecodeException("is not a readable image");
        if ((long)codec.Info.Width * codec.Info.Height > FigureRules.MaxPixels)
            throw new FigureDecodeException("declares more pixels than the limit"); // the file changed since it was checked
        using var original = new SKBitmap(new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var result = codec.GetPixels(original.Info, original.GetPixels());
        if (result != SKCodecResult.Success)
            throw new FigureDecodeException(result == SKCodecResult.IncompleteInput ? "ends early: its pixels are cut short" : $"has damaged pixel data ({result})");
        var upright = codec.EncodedOrigin == SKEncodedOrigin.TopLeft ? original : Upright(original, codec.EncodedOrigin);
        try
        {
            return Sizes(upright, info.Format);
        }
        finally
        {
            if (upright != original) upright.Dispose();
        }
    }

    private static ProcessedFigure Sizes(SKBitmap upright, FigureFormat format)
    {

        var (fallbackFormat, fallbackExtension, quality) = format == FigureFormat.Jpeg
            ? (SKEncodedImageFormat.Jpeg, "jpg", FigureRules.JpegQuality) : (SKEncodedImageFormat.Png, "png", 100);
        var webp = new List<FigureOutput>();
        var fallback = new List<FigureOutput>();
        foreach (var width in FigureRules.WidthsFor(upright.Width))
        {
            var height = Math.Max(1, (int)Math.Round((double)upright.Height * width / upright.Width));
            var scaled = width == upright.Width ? upright
                : upright.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKCubicResampler.Mitchell));
            try
            {
                webp.Add(new FigureOutput(width, height, "webp", Encode(scaled, SKEncodedImageFormat.Webp, FigureRules.WebPQuality)));
                fallback.Add(new FigureOutput(width, height, fallbackExtension, Encode(scaled, fallbackFormat, quality)));
            }
            finally
            {
                if (scaled != upright) scaled.Dispose();
            }
        }
        return new ProcessedFigure([.. webp, .. fallback]);
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var encoded = bitmap.Encode(format, quality) ?? throw new FigureDecodeException($"could not be written as {format}");
        return encoded.ToArray();
    }

    /// <summary>A photo as it should stand: cameras save pixels as the sensor lay and note the turn in EXIF.</summary>
    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(turned ? bitmap.Height : bitmap.Width, turned ? bitmap.Width : bitmap.Height, bitmap.ColorType, bitmap.AlphaType);
        using var canvas = new SKCanvas(result);
        var (w, h) = (bitmap.Width, bitmap.Height);
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        return result;
    }
}
