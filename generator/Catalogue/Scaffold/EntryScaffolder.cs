using System.Text;
using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.Read;
using Catalogue.Model.Types;

namespace Catalogue.Scaffold;

/// <param name="Display">The new file's path as messages show it: "content/cases/acme.md".</param>
internal sealed record NewEntry(string Id, string FullPath, string Display);

/// <summary>`catalogue new &lt;type&gt; "Title"`: writes a new entry file from its template, under a free id.</summary>
internal static class EntryScaffolder
{
    /// <summary>The types a contributor adds; dimensions and pages belong to the site's design.</summary>
    public static IReadOnlyList<EntryType> Types(ContentModel model) => [.. model.Types.Where(t => t.Scaffolded)];

    /// <param name="id">The id to use; when null, one is made from the title, with -2, -3… added while it is taken.</param>
    public static NewEntry Create(string contentFolder, EntryType kind, string title, string? id = null, ContentModel? model = null)
    {
        title = title.Trim();
        if (title.Length == 0)
            throw new ScaffoldException($"catalogue new: give the {kind.Name} a title, e.g. catalogue new {kind.Name} \"Rolls-Royce TotalCare\"", isUsageError: true);
        if (id is not null && !Ids.IsValid(id))
            throw new ScaffoldException($"catalogue new: '{id}' is not a valid id: {Ids.Rule}", isUsageError: true);
        var baseId = id ?? Ids.FromTitle(title);
        if (baseId.Length == 0)
            throw new ScaffoldException($"catalogue new: no id can be made from the title '{title}'; choose one with --id", isUsageError: true);

        var paths = ContentFolder.Open(contentFolder, model);
        var bytes = Encoding.UTF8.GetBytes(EntryTemplate.Render(kind, title, SchemaUrl(paths, kind)));
        IEnumerable<string> candidates = id is null ? Enumerable.Range(1, 99).Select(n => n == 1 ? baseId : $"{baseId}-{n}") : [id];
        foreach (var candidate in candidates)
        {
            var path = Path.Combine(paths.Root, kind.Folder, candidate + ".md");
            var owner = FileUsing(paths, candidate);
            if (owner is null && TryCreate(path, bytes)) return new NewEntry(candidate, path, paths.Display(path));
            if (id is not null)
                throw new ScaffoldException($"{paths.Display(owner ?? path)} already uses the id '{id}' (ids are unique across all types); edit that file, or choose another id with --id");
        }
        throw new ScaffoldException($"catalogue new: the ids '{baseId}' to '{baseId}-99' are all taken; choose one with --id");
    }

    /// <summary>Where the site publishes the type's schema, so an editor's YAML support can fetch it.</summary>
    private static string SchemaUrl(ContentPaths paths, EntryType kind)
    {
        // Problems in site.yaml are check's to report; a template needs only the address, or the default.
        var config = SiteConfigReader.Read(paths.SiteFile, paths.Display(paths.SiteFile), null, new DiagnosticBag());
        return config.Absolute(JsonSchemaExport.SitePath(kind));
    }

    /// <summary>The entry file of any type that already has this id, if one does.</summary>
    private static string? FileUsing(ContentPaths paths, string id) =>
        paths.Model.Types.Select(k => Path.Combine(paths.Root, k.Folder, id + ".md")).FirstOrDefault(File.Exists);

    /// <summary>Creates the file only if it does not exist, so a concurrent run can never be overwritten.</summary>
    private static bool TryCreate(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        using (stream) stream.Write(bytes);
        return true;
    }
}
