namespace Catalogue.Tests;

/// <summary>The entry files of a content folder: its Markdown files but the _index.md that describes the folder.</summary>
internal static class EntryFiles
{
    public static string[] In(string folder, SearchOption search = SearchOption.TopDirectoryOnly) =>
        [.. Directory.GetFiles(folder, "*.md", search).Where(f => Path.GetFileName(f) != "_index.md")];
}
