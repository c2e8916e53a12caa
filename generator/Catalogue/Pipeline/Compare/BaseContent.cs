using System.Formats.Tar;
using Catalogue.Diagnostics;
using Catalogue.Git;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.Read;

namespace Catalogue.Pipeline.Compare;

/// <summary>Base content that cannot be had; the message is the one sentence the user reads.</summary>
internal sealed class BaseContentException(string message) : Exception(message);

/// <summary>
/// The content a change is compared with: the base branch's content folder (--base), or the content
/// folder as a git ref holds it (--base-ref), extracted with git archive into a temporary folder.
/// </summary>
internal sealed class BaseContent : IDisposable
{
    private readonly bool _temporary;

    private BaseContent(string folder, string label, bool temporary) => (Folder, Label, _temporary) = (folder, label, temporary);

    public string Folder { get; }

    /// <summary>How a summary names the base: the ref, or the folder as given.</summary>
    public string Label { get; }

    /// <returns>The base named by one of the two options, or null when neither was given.</returns>
    public static async Task<BaseContent?> OpenAsync(string? folder, string? gitRef, string content, CancellationToken cancel = default)
    {
        if (folder is not null)
            return Directory.Exists(folder) ? new BaseContent(folder, folder, temporary: false)
                : throw new BaseContentException($"catalogue check: the base folder '{folder}' does not exist; pass the base branch's content folder with --base.");
        return gitRef is null ? null : await ExtractAsync(gitRef, content, cancel);
    }

    /// <summary>The base's own problems are not the change's, so its diagnostics are dropped, and it is read with its own types.
    /// A base with a broken types.yaml is read with the standard types, as every other base error is read past.</summary>
    public LoadedCatalogue Load()
    {
        var dropped = new DiagnosticBag();
        var paths = TypesFileReader.Open(Folder, null, dropped) ?? new ContentPaths(Folder);
        return new CatalogueLoader(paths, null, dropped, new StageTimings(), keepTrees: false).Load();
    }

    private static async Task<BaseContent> ExtractAsync(string gitRef, string content, CancellationToken cancel)
    {
        if (!Directory.Exists(content))
            throw new BaseContentException($"catalogue check: the content folder '{content}' does not exist, so there is no repository to read '{gitRef}' from.");
        var based = new BaseContent(Path.Combine(Path.GetTempPath(), "catalogue-base-" + Guid.NewGuid().ToString("N")), gitRef, temporary: true);
        Directory.CreateDirectory(based.Folder);
        try
        {
            // Run in the content folder, git archive takes only that folder's files and names them from there.
            using var archive = new MemoryStream();
            var exit = await GitProcess.RunAsync(content, ["archive", "--format=tar", gitRef], archive, cancel);
            if (exit is null)
                throw new BaseContentException("catalogue check: --base-ref needs git, which was not found; install git or pass the base content folder with --base.");
            if (!exit.Succeeded)
                throw new BaseContentException($"catalogue check: git cannot give the content at '{gitRef}' ({exit.Reason}); check the ref's spelling, or fetch it first (git fetch origin main).");
            archive.Position = 0;
            await TarFile.ExtractToDirectoryAsync(archive, based.Folder, overwriteFiles: false, cancel);
            return based;
        }
        catch
        {
            based.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (_temporary && Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
