using Catalogue.Diagnostics;
using Catalogue.Model;

namespace Catalogue.Pipeline.Find;

/// <summary>First stage: lists the entry files of a content folder, one folder per type.</summary>
public sealed class ContentFinder(ContentPaths paths, DiagnosticBag diagnostics)
{
    public IReadOnlyList<ContentFile> FindEntries()
    {
        var files = new List<ContentFile>();
        foreach (var path in Directory.EnumerateFiles(paths.Root, "*.md", SearchOption.AllDirectories))
        {
            var relative = paths.Relative(path);
            var display = paths.Display(path);
            var folder = relative.Contains('/') ? relative[..relative.IndexOf('/')] : "";

            if (folder == "" && string.Equals(relative, "README.md", StringComparison.OrdinalIgnoreCase))
                continue; // a note for people browsing the folder, not an entry
            if (!EntryKindNames.ByFolder.TryGetValue(folder, out var kind) || relative.Count(c => c == '/') != 1)
            {
                diagnostics.Error(Codes.UnknownFolder, SourceLocation.StartOf(display),
                    $"'{relative}' is not in a folder of entries",
                    "move it into one of " + string.Join(", ", EntryKindNames.ByFolder.Keys.Select(k => k + "/")));
                continue;
            }
            if (!paths.StaysInside(path))
            {
                diagnostics.Error(Codes.OutsideContent, SourceLocation.StartOf(display),
                    "this file is a link to a file outside the content folder", "copy the file into content/ instead of linking to it");
                continue;
            }
            files.Add(new ContentFile(path, relative, display, kind));
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }
}
