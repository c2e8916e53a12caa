using System.Security.Cryptography;

namespace Catalogue.Tests.Safety;

/// <summary>
/// A user's project in a temporary folder, as the commands meet it: a git repository with uncommitted
/// edits, the content and the theme, a home folder, a file, a folder of the user's own files, an empty
/// folder, an earlier build's output, symbolic links to each and a link to itself.
/// </summary>
public sealed class UserFolder : IDisposable
{
    private readonly TestCatalogue _catalogue = new();

    private UserFolder()
    {
        Directory.CreateDirectory(Home);
        File.WriteAllText(Path.Combine(Home, "letter.txt"), "my own words\n");
        Write("package.json", "{ \"private\": true }\n");
        Write("theme/assets/site.css", "body { color: black; }\n");
        Write("notes.txt", "notes\n");
        Write("foreign/report.txt", "a report\n");
        Write(".gitignore", "_site/\nbuilt/\n");
        Directory.CreateDirectory(Path.Combine(Project, "empty"));
        TestGit.Init(Project);
        TestGit.Commit(Project, "Ann Author", "2026-01-01T10:00:00Z", "start");
        File.AppendAllText(Path.Combine(Project, "content/cases/acme-case.md"), "An edit not yet committed.\n");
        Write("draft.md", "untracked\n");
    }

    /// <summary>The folder, with an earlier build in _site.</summary>
    public static async Task<UserFolder> CreateAsync()
    {
        var folder = new UserFolder();
        var earlier = await folder.RunAsync("build", "--output", "_site", "--no-search");
        Assert.True(earlier.ExitCode == 0, earlier.Errors);
        folder.Link();
        return folder;
    }

    private void Link()
    {
        foreach (var (link, target) in new[]
                 {
                     ("link-here", "."), ("link-up", ".."), ("link-content", "content"), ("link-theme", "theme"), ("link-home", Home),
                     ("link-notes", "notes.txt"), ("link-foreign", "foreign"), ("link-empty", "empty"), ("link-site", "_site"),
                     ("link-loop", "link-loop"),
                 })
            File.CreateSymbolicLink(Path.Combine(Project, link), target);
    }

    /// <summary>The repository, and the folder the commands run in.</summary>
    public string Project => _catalogue.Root;

    public string Home => Project + "-home";

    private string Cache => Project + "-cache";

    /// <summary>The environment the commands run under: this folder's home, no GitHub variables.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["HOME"] = Home };

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Project, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public Task<CatalogueProcess.Outcome> RunAsync(params string[] args) => CatalogueProcess.RunAsync(Project, Environment, args);

    /// <summary>Runs a command as <see cref="UnprivilegedUser"/>, with a cache of its own, outside what <see cref="Snapshot"/> compares.</summary>
    public Task<CatalogueProcess.Outcome> RunUnprivilegedAsync(params string[] args) =>
        CatalogueProcess.RunAsync(UnprivilegedUser.Launcher, Project, new Dictionary<string, string>(Environment) { ["XDG_CACHE_HOME"] = Cache }, args);

    /// <summary>Hands the project, its home and the cache to <see cref="UnprivilegedUser"/>.</summary>
    public void GiveToUnprivilegedUser()
    {
        Directory.CreateDirectory(Cache);
        UnprivilegedUser.Own(Project, Home, Cache);
    }

    public string GitStatus() => TestGit.Run(Project, "status", "--porcelain=v1", "--untracked-files=all", "--ignored");

    /// <summary>
    /// Every file, folder and link under the project and home, with a hash of each file's bytes and each
    /// link's target; links are listed, never followed, so a link to a folder is not counted twice.
    /// </summary>
    public IReadOnlyDictionary<string, string> Snapshot()
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in new[] { Project, Home })
            Walk(root, all);
        return all;
    }

    private static void Walk(string folder, SortedDictionary<string, string> all)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(folder))
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is { } target) all[path] = "link " + target;
            else if (Directory.Exists(path))
            {
                all[path] = "folder";
                Walk(path, all);
            }
            else all[path] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
        }
    }

    public void Dispose()
    {
        _catalogue.Dispose();
        foreach (var folder in new[] { Home, Cache })
            try { Directory.Delete(folder, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
