using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Scaffold;

/// <summary>What `catalogue init` wrote: every file, as a path relative to the new library's folder.</summary>
internal sealed record StartedLibrary(string Root, IReadOnlyList<string> Files);

/// <summary>
/// `catalogue init DIR`: a new practice library in a domain of its own. Its entry types are data
/// (content/types.yaml) with a sample entry of each, beside its settings, bibliography, Netlify configuration,
/// GitHub workflow and the tool and npm pins its build needs, so that it checks and builds at once. The files
/// are resources of this assembly (Scaffold/Library/); netlify.toml and the Pagefind pin are the catalogue's own.
/// </summary>
internal static class LibraryStarter
{
    private const string Prefix = "library/";

    public static StartedLibrary Start(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (File.Exists(root))
            throw new ScaffoldException($"catalogue init: '{folder}' is a file; name a new or empty folder", isUsageError: true);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
            throw new ScaffoldException($"catalogue init: '{folder}' is not empty; name a new or empty folder, so nothing in it is overwritten", isUsageError: true);

        var files = Files().ToList();
        var createdRoot = !Directory.Exists(root);
        try
        {
            foreach (var (path, content) in files)
            {
                var target = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, content);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder was empty or missing: what is in it now is ours alone, and half a library is no use.
            foreach (var entry in Directory.Exists(root) ? Directory.EnumerateFileSystemEntries(root) : [])
                if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true); else File.Delete(entry);
            if (createdRoot && Directory.Exists(root)) Directory.Delete(root);
            throw;
        }
        return new StartedLibrary(root, [.. files.Select(f => f.Path).Order(StringComparer.Ordinal)]);
    }

    /// <summary>Every file of a new library, by its path in it.</summary>
    private static IEnumerable<(string Path, byte[] Content)> Files()
    {
        var assembly = typeof(LibraryStarter).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var path = name[Prefix.Length..].Replace('\\', '/');
            // Folders and files whose names start with a dot are kept as "dot-…", which no tool here skips.
            path = string.Join('/', path.Split('/').Select(part => part.StartsWith("dot-", StringComparison.Ordinal) ? "." + part[4..] : part));
            yield return (path, Read(assembly, name));
        }
        yield return ("netlify.toml", Read(assembly, "repository/netlify.toml"));
        var (package, lockFile) = SearchToolPins(assembly);
        yield return ("package.json", package);
        yield return ("package-lock.json", lockFile);
        yield return (".config/dotnet-tools.json", ToolManifest(assembly));
    }

    /// <summary>The catalogue's own package.json and lock file with Pagefind alone, at the version and hashes it is pinned to here.</summary>
    private static (byte[] Package, byte[] Lock) SearchToolPins(Assembly assembly)
    {
        const string name = "practice-library";
        var package = JsonNode.Parse(Read(assembly, "repository/package.json"))!.AsObject();
        var pagefind = package["devDependencies"]!["pagefind"]!.GetValue<string>();
        var newPackage = new JsonObject
        {
            ["name"] = name,
            ["private"] = true,
            ["description"] = "Pagefind builds the site's search index at the end of every build.",
            ["devDependencies"] = new JsonObject { ["pagefind"] = pagefind },
        };
        var lockFile = JsonNode.Parse(Read(assembly, "repository/package-lock.json"))!.AsObject();
        var packages = new JsonObject { [""] = new JsonObject { ["name"] = name, ["devDependencies"] = new JsonObject { ["pagefind"] = pagefind } } };
        foreach (var (path, entry) in lockFile["packages"]!.AsObject())
            if (path is "node_modules/pagefind" || path.StartsWith("node_modules/@pagefind/", StringComparison.Ordinal))
                packages[path] = entry!.DeepClone();
        var newLock = new JsonObject
        {
            ["name"] = name,
            ["lockfileVersion"] = lockFile["lockfileVersion"]!.DeepClone(),
            ["requires"] = true,
            ["packages"] = packages,
        };
        return (Json(newPackage), Json(newLock));
    }

    /// <summary>A local tool manifest pinning this generator's version, so `dotnet tool restore` installs the same one.</summary>
    private static byte[] ToolManifest(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.1.0";
        return Json(new JsonObject
        {
            ["version"] = 1,
            ["isRoot"] = true,
            ["tools"] = new JsonObject
            {
                ["catalogue.generator"] = new JsonObject { ["version"] = version, ["commands"] = new JsonArray("catalogue"), ["rollForward"] = false },
            },
        });
    }

    private static byte[] Json(JsonNode node) =>
        System.Text.Encoding.UTF8.GetBytes(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"the generator has no resource '{name}'");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
