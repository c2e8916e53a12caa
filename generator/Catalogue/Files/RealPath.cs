namespace Catalogue.Files;

/// <summary>A path with every symbolic link on its way resolved, as realpath(3) gives it.</summary>
internal static class RealPath
{
    /// <summary>Names that do not exist yet are kept as written, so a folder still to be made has a real path too.</summary>
    public static string Of(string path) => Of(path, Of);

    /// <param name="path">Any path, relative to the current folder or full.</param>
    /// <param name="resolveFolder">Resolves the parent folder; a caller asking for many files of few folders caches it.</param>
    public static string Of(string path, Func<string, string> resolveFolder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var parent = Path.GetDirectoryName(full);
        var here = parent is null ? full : Path.Combine(resolveFolder(parent), Path.GetFileName(full));
        FileSystemInfo info = Directory.Exists(here) ? new DirectoryInfo(here) : new FileInfo(here);
        if (info.LinkTarget is null) return here;
        // The final target's own folders may be links too; a loop of links makes the system refuse, which the caller reports.
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? here : Of(target.FullName, resolveFolder);
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or lies inside it; both real paths.</summary>
    public static bool IsWithin(string inner, string outer) =>
        inner == outer || inner.StartsWith(Path.EndsInDirectorySeparator(outer) ? outer : outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
