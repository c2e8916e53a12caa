using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using SkiaSharp;

namespace Catalogue.Tests;

/// <summary>Images made in the test, good and bad, and the front matter that credits them.</summary>
internal static class FigureFiles
{
    /// <summary>A photo-like picture (gradients and circles, so it compresses as a photo does), encoded in <paramref name="format"/>.</summary>
    public static byte[] Photo(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint { IsAntialias = true };
            paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                [new SKColor(0x2a, 0x6f, 0x97), new SKColor(0xf2, 0xc1, 0x4e)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, paint);
            paint.Shader = null;
            var random = new Random(7);
            for (var i = 0; i < 40; i++)
            {
                paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), 160);
                canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(10, Math.Max(11, width / 6)), paint);
            }
        }
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    public const string Diagram = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400" width="600" height="400">
          <rect x="20" y="20" width="200" height="80" fill="#2a6f97"/>
          <rect x="380" y="300" width="200" height="80" fill="#f2c14e"/>
          <path d="M220 60 L480 300" stroke="#333" stroke-width="4" fill="none" marker-end="url(#arrow)"/>
          <defs><marker id="arrow" markerWidth="10" markerHeight="10" refX="5" refY="5" orient="auto"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>
          <text x="30" y="65">Order</text>
        </svg>
        """;

    /// <summary>A valid PNG of 1 × 1 pixel whose header declares <paramref name="width"/> × <paramref name="height"/>: a decompression bomb's calling card.</summary>
    public static byte[] PngDeclaring(int width, int height)
    {
        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", [0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typed));
        png.Write(crc);
    }

    /// <summary>Adds a figure to the test catalogue's case: its 'figures' item (unless null) and a paragraph showing it.</summary>
    public static void AddToCase(string content, string markdown, string? listing)
    {
        var path = Path.Combine(content, "cases", "acme-case.md");
        var text = File.ReadAllText(path);
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        if (listing is not null) text = text[..end] + "\nfigures:\n" + listing.TrimEnd('\n') + text[end..];
        File.WriteAllText(path, text.TrimEnd('\n') + "\n\n" + markdown + "\n");
    }

    /// <summary>Writes an image into the case folder's images/.</summary>
    public static void SaveInCase(string content, string file, byte[] bytes) =>
        File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(Path.Combine(content, "cases", "images")).FullName, file), bytes);

    /// <summary>Writes an image into the case folder's images/ and shows it in the case.</summary>
    public static void ShowInCase(string content, string file, byte[] bytes)
    {
        SaveInCase(content, file, bytes);
        AddToCase(content, $"![The service process]({"images/" + file})",
            $"  - file: images/{file}\n    credit: Drawn for the catalogue\n    license: CC BY 4.0\n");
    }
}
