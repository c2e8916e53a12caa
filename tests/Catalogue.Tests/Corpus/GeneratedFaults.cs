using System.Text;

namespace Catalogue.Tests.Corpus;

/// <summary>
/// Faults that cannot be committed: too big for the repository, or a symbolic link. Each is written
/// into the temporary catalogue under the name of its folder in Faults/, which holds its expected.txt.
/// </summary>
public static class GeneratedFaults
{
    private const string Concept = "---\ntitle: Huge\nsummary: A concept.\nsources: [marcos-cuevas-2016]\n---\n";

    private static readonly Dictionary<string, Action<string>> Writers = new()
    {
        ["file-of-50-mb"] = content => WritePadded(Path.Combine(content, "concepts", "huge.md"), Concept, 50 << 20),
        ["line-of-200-kb-in-a-body"] = content => Write(content, "pages/long.md",
            "---\ntitle: Long\nsummary: One very long line.\n---\n" + Words(200 << 10) + "\n"),
        ["line-of-200-kb-in-a-summary"] = content => Write(content, "pages/long.md",
            "---\ntitle: Long\nsummary: " + Words(200 << 10) + "\n---\nText.\n"),
        // Images are made here rather than committed: a 50 MB photo could not be, and the rest are each one byte pattern.
        ["image-missing"] = content => FigureFiles.AddToCase(content, "![The service process](images/process.png)",
            "  - file: images/process.png\n    credit: Drawn for the catalogue\n    license: CC BY 4.0\n"),
        ["image-with-a-wrong-extension"] = content => FigureFiles.ShowInCase(content, "process.jpg", FigureFiles.Photo(300, 200, SkiaSharp.SKEncodedImageFormat.Png)),
        ["image-of-an-unknown-format"] = content => FigureFiles.ShowInCase(content, "process.gif", [.. "GIF89a"u8]),
        ["image-corrupt"] = content => FigureFiles.ShowInCase(content, "process.png", Encoding.UTF8.GetBytes("This is not a picture at all, only text.")),
        ["image-cut-short"] = content =>
        {
            var png = FigureFiles.Photo(400, 300, SkiaSharp.SKEncodedImageFormat.Png);
            FigureFiles.ShowInCase(content, "process.png", png[..(png.Length / 3)]);
        },
        ["image-decompression-bomb"] = content => FigureFiles.ShowInCase(content, "process.png", FigureFiles.PngDeclaring(30_000, 30_000)),
        ["image-of-50-mb"] = content =>
        {
            var photo = FigureFiles.Photo(300, 200);
            FigureFiles.ShowInCase(content, "process.jpg", [.. photo, .. new byte[(50 << 20) - photo.Length]]);
        },
        ["image-svg-with-a-script"] = content => FigureFiles.ShowInCase(content, "process.svg",
            Encoding.UTF8.GetBytes(FigureFiles.Diagram.Replace("<text", "<script>alert(document.domain)</script><text", StringComparison.Ordinal))),
        ["image-svg-with-an-external-reference"] = content => FigureFiles.ShowInCase(content, "process.svg",
            Encoding.UTF8.GetBytes(FigureFiles.Diagram.Replace("<text", "<image href=\"https://example.org/track.png\" width=\"1\" height=\"1\"/><text", StringComparison.Ordinal))),
        // These three have their entry in Faults/ and only need the image beside it.
        ["image-without-alt-text"] = content => FigureFiles.SaveInCase(content, "process.png", FigureFiles.Photo(300, 200, SkiaSharp.SKEncodedImageFormat.Png)),
        ["image-without-credit"] = content => FigureFiles.SaveInCase(content, "process.png", FigureFiles.Photo(300, 200, SkiaSharp.SKEncodedImageFormat.Png)),
        ["image-inside-a-sentence"] = content => FigureFiles.SaveInCase(content, "process.png", FigureFiles.Photo(300, 200, SkiaSharp.SKEncodedImageFormat.Png)),
        ["symlink-to-a-file-outside-content"] = content =>
        {
            var outside = Path.Combine(content, "..", "outside.md");
            File.WriteAllText(outside, "---\ntitle: Outside\nsummary: Not part of the content.\n---\nSecret.\n");
            Directory.CreateDirectory(Path.Combine(content, "pages"));
            File.CreateSymbolicLink(Path.Combine(content, "pages", "outside.md"), outside);
        },
        ["symlink-to-a-folder-outside-content"] = content =>
        {
            var outside = Path.Combine(content, "..", "elsewhere");
            Directory.CreateDirectory(outside);
            File.WriteAllText(Path.Combine(outside, "secret.md"), "---\ntitle: Secret\nsummary: Not part of the content.\n---\nSecret.\n");
            Directory.CreateSymbolicLink(Path.Combine(content, "pages"), outside);
        },
    };

    public static IEnumerable<string> Names => Writers.Keys;

    public static bool NeedsSymlinks(string name) => name.StartsWith("symlink-", StringComparison.Ordinal);

    public static void Apply(string name, string content)
    {
        if (Writers.TryGetValue(name, out var write)) write(content);
    }

    private static void Write(string content, string relativePath, string text)
    {
        var path = Path.Combine(content, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>A valid start followed by lines of prose up to exactly <paramref name="bytes"/> bytes.</summary>
    private static void WritePadded(string path, string start, long bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        file.Write(Encoding.UTF8.GetBytes(start));
        var line = Encoding.UTF8.GetBytes(Words(1023) + "\n");
        while (file.Length + line.Length <= bytes) file.Write(line);
        file.Write(line.AsSpan(0, (int)(bytes - file.Length)));
    }

    /// <summary>Plain words on one line, exactly <paramref name="length"/> characters.</summary>
    private static string Words(int length)
    {
        var text = new StringBuilder(length + 16);
        while (text.Length < length) text.Append("co-creation ");
        text.Length = length;
        text[^1] = '.';
        return text.ToString();
    }
}
