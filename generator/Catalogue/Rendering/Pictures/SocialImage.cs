using SkiaSharp;

namespace Catalogue.Rendering.Pictures;

/// <summary>What a page's preview image says: its kind (a practice's dimension), title, summary and site, in the colour of its kind.</summary>
/// <param name="Colour">The palette's light colour, as #rrggbb.</param>
internal sealed record SocialCard(string Kind, string Title, string Summary, string Site, string Colour)
{
    /// <summary>The image's text alternative: everything it says, in reading order.</summary>
    public string Alt => $"{Kind}: {Title}. {Summary}";
}

/// <summary>
/// The preview image a link to a page shows in chat and social apps (og:image): 1200 × 630 PNG, drawn with SkiaSharp,
/// a band of the entry's colour, its kind, its title in large type, the start of its summary and the site's name.
/// </summary>
internal static class SocialImage
{
    public const int Width = 1200, Height = 630;
    private const float Margin = 80, Band = 28, TitleSize = 64, KindSize = 30, SummarySize = 32, SiteSize = 28, LineHeight = 1.2f;
    private const int TitleLines = 3, SummaryLines = 3;

    /// <summary>Changes whenever the drawing does, so that images cached from an older drawing are not reused.</summary>
    public const int DrawingVersion = 1;

    private static readonly SKColor Ink = SKColor.Parse("#1b1f24"), Muted = SKColor.Parse("#4a5360");
    private static readonly SKTypeface Bold = SKTypeface.FromFamilyName(null, SKFontStyle.Bold) ?? SKTypeface.Default;
    private static readonly SKTypeface Regular = SKTypeface.FromFamilyName(null, SKFontStyle.Normal) ?? SKTypeface.Default;

    public static byte[] Png(SocialCard card)
    {
        var colour = SKColor.Parse(card.Colour);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var paint = new SKPaint { IsAntialias = true, Color = colour };
        canvas.DrawRect(0, 0, Width, Band, paint);
        canvas.DrawRect(0, Height - Band / 2, Width, Band / 2, paint);

        using var kindFont = new SKFont(Bold, KindSize);
        canvas.DrawText(card.Kind.ToUpperInvariant(), Margin, Band + 90, SKTextAlign.Left, kindFont, paint);

        using var titleFont = new SKFont(Bold, TitleSize);
        paint.Color = Ink;
        var y = Band + 80 + KindSize + 24 + TitleSize;
        var titleLines = Wrap(card.Title, titleFont, Width - 2 * Margin, TitleLines);
        foreach (var line in titleLines)
        {
            canvas.DrawText(line, Margin, y, SKTextAlign.Left, titleFont, paint);
            y += TitleSize * LineHeight;
        }

        // As much of the summary as fits above the site's name.
        using var summaryFont = new SKFont(Regular, SummarySize);
        paint.Color = Muted;
        y += 12;
        foreach (var line in Wrap(card.Summary, summaryFont, Width - 2 * Margin, SummaryLines - (titleLines.Count - 1)))
        {
            canvas.DrawText(line, Margin, y, SKTextAlign.Left, summaryFont, paint);
            y += SummarySize * LineHeight;
        }

        using var siteFont = new SKFont(Regular, SiteSize);
        canvas.DrawText(card.Site, Margin, Height - Band - 50, SKTextAlign.Left, siteFont, paint);

        // Flat colours and text compress well without PNG's row filters, and a light zlib level is several times
        // faster than the default for a file a few kB larger.
        using var pixmap = surface.PeekPixels() ?? throw new InvalidOperationException("the preview image surface has no pixels");
        using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.NoFilters, 1)) ?? throw new InvalidOperationException("SkiaSharp could not encode a preview image as PNG");
        return data.ToArray();
    }

    /// <summary>The words in lines that fit the width, at most <paramref name="lines"/>, the last cut with an ellipsis if need be.</summary>
    private static List<string> Wrap(string text, SKFont font, float width, int lines)
    {
        var result = new List<string>();
        var line = "";
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var longer = line.Length == 0 ? words[i] : line + " " + words[i];
            if (line.Length > 0 && font.MeasureText(longer) > width)
            {
                if (result.Count == lines - 1) return [.. result, Cut(line + " " + string.Join(' ', words[i..]), font, width)];
                result.Add(line);
                line = words[i];
            }
            else line = longer;
        }
        if (line.Length > 0) result.Add(Cut(line, font, width));
        return result;
    }

    private static string Cut(string line, SKFont font, float width)
    {
        if (font.MeasureText(line) <= width) return line;
        while (line.Length > 1 && font.MeasureText(line + "…") > width) line = line[..^1];
        return line.TrimEnd() + "…";
    }
}
