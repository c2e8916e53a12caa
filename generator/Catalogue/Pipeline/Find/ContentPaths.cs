using System.Collections.Concurrent;
using Catalogue.Files;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Pipeline.Find;

/// <summary>Where the content lives, which folders hold which types of entry, and how its paths are written in messages.</summary>
internal sealed class ContentPaths
{
    /// <param name="model">The entry types, whose folders the content has; the standard ones unless a test brings its own.</param>
    public ContentPaths(string root, ContentModel? model = null)
    {
        Model = model ?? EntryTypes.Standard;
        Root = Path.GetFullPath(root);
        var fromHere = Path.GetRelativePath(Directory.GetCurrentDirectory(), Root);
        // Messages name files as the user would type them from where they stand.
        DisplayRoot = fromHere.StartsWith("..", StringComparison.Ordinal) ? Root : fromHere;
    }

    public ContentModel Model { get; }
    public string Root { get; }
    public string DisplayRoot { get; }

    public string SourcesFile => Path.Combine(Root, "sources.yaml");
    public string SiteFile => Path.Combine(Root, "site.yaml");

    /// <summary>A library's own entry types, in place of the standard ones, when it has the file.</summary>
    public string TypesFile => Path.Combine(Root, "types.yaml");

    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    public string Display(string fullPath) => DisplayOf(Relative(fullPath));

    /// <summary>How messages name the file at this path under the content folder.</summary>
    public string DisplayOf(string relativePath) =>
        DisplayRoot == "." ? relativePath : Path.Combine(DisplayRoot, relativePath).Replace('\\', '/');

    /// <summary>False for a symbolic link (of the file or a folder on the way) that resolves outside the content folder.</summary>
    /// <param name="fullPath">The file.</param>
    /// <param name="isLink">Whether the file itself is a symbolic link, when a directory listing has said so; asked of the file system otherwise.</param>
    public bool StaysInside(string fullPath, bool? isLink = null)
    {
        // A file that is no link is where its folder is: the answer is worked out once per folder.
        if (isLink == false && Path.GetDirectoryName(fullPath) is { } folder)
            return _foldersInside.GetOrAdd(folder, f => IsInside(ResolveFolder(f) + Path.DirectorySeparatorChar));
        return IsInside(ResolveLinks(fullPath));
    }

    private bool IsInside(string resolved) =>
        resolved.StartsWith(ResolveFolder(Root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private readonly ConcurrentDictionary<string, bool> _foldersInside = new(StringComparer.Ordinal);

    /// <summary>Folders resolved so far: thousands of entries share a handful of folders.</summary>
    private readonly ConcurrentDictionary<string, string> _folders = new(StringComparer.Ordinal);

    private string ResolveFolder(string folder) => _folders.GetOrAdd(folder, ResolveLinks);

    private string ResolveLinks(string path) => RealPath.Of(path, ResolveFolder);
}
