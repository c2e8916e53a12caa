namespace Catalogue.Benchmarks.Synthetic;

/// <summary>Writes catalogue files into a folder that is empty, or that the caller has allowed to be replaced.</summary>
internal static class CatalogueFolder
{
    public static bool IsEmptyOrMissing(string folder) =>
        !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>Replaces the folder's contents: files left from a larger catalogue would otherwise join this one.</summary>
    public static void Write(string folder, IEnumerable<CatalogueFile> files)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }
    }
}
