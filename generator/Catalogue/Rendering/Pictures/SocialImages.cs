using System.IO.Hashing;
using System.Text;
using Catalogue.Output;

namespace Catalogue.Rendering.Pictures;

/// <summary>
/// Writes the pages' preview images, drawing only those not kept from an earlier build: an image is kept in the cache
/// folder under a hash of what it shows and of the drawing's version, so a build draws only the entries whose
/// title or kind changed. Without a cache folder every image is drawn.
/// </summary>
/// <param name="cacheFolder">Where drawn images are kept; null for none (--no-cache).</param>
internal sealed class SocialImages(string? cacheFolder)
{
    private int _drawn;

    /// <summary>How many images the last <see cref="Write"/> drew rather than took from the cache.</summary>
    public int Drawn => _drawn;

    public int Write(ISiteSink sink, IReadOnlyList<(string SitePath, SocialCard Card)> images)
    {
        _drawn = 0;
        Parallel.ForEach(images, image => sink.Write(image.SitePath, PngOf(image.Card)));
        return images.Count;
    }

    private byte[] PngOf(SocialCard card)
    {
        var file = cacheFolder is null ? null : Path.Combine(cacheFolder, $"{Key(card):x32}.png");
        if (file is not null && File.Exists(file))
        {
            try { return File.ReadAllBytes(file); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* drawn again below */ }
        }
        var png = SocialImage.Png(card);
        Interlocked.Increment(ref _drawn);
        if (file is not null)
        {
            // A cache that cannot be written only costs time; a half-written file is never seen under its name.
            try
            {
                Directory.CreateDirectory(cacheFolder!);
                var temporary = file + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
                File.WriteAllBytes(temporary, png);
                File.Move(temporary, file, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return png;
    }

    private static UInt128 Key(SocialCard card) => XxHash128.HashToUInt128(
        Encoding.UTF8.GetBytes(string.Join('\u0000', SocialImage.DrawingVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), card.Kind, card.Title, card.Summary, card.Site, card.Colour)));
}
