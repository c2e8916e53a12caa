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
