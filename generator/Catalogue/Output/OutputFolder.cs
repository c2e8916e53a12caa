using Catalogue.Files;

namespace Catalogue.Output;

/// <summary>Why a folder cannot be a command's output; the message is one line for the user.</summary>
internal sealed class OutputFolderException(string message) : Exception(message);

/// <summary>A folder an output must not touch.</summary>
/// <param name="Name">How a message names it ("the content folder").</param>
/// <param name="InsideToo">Whether an output inside it is refused as well (the content's is; the current folder's is not).</param>
internal sealed record KeptFolder(string Folder, string Name, bool InsideToo);

/// <summary>
/// The folder a build writes, claimed before any work starts. A build replaces its output whole, so it
/// may only be a folder that is missing, empty or written by an earlier build (which leaves
/// <see cref="MarkerName"/> in it); never the content or the theme, a repository, the current folder or
/// home, nor a folder that holds one of them.
/// </summary>
internal sealed class OutputFolder
{
    /// <summary>The file every build writes into its output, naming it as the build's to replace.</summary>
    public const string MarkerName = ".catalogue-output";

    public const string MarkerText = "Written by 'catalogue build' or 'catalogue serve'. The next build replaces this folder whole: keep nothing else here.\n";

    private OutputFolder(string fullPath) => FullPath = fullPath;

    /// <summary>The output's real path (symbolic links resolved), so the swap replaces the folder a link points at, never the link.</summary>
    public string FullPath { get; }

    /// <param name="output">The folder as the user named it.</param>
    /// <param name="kept">Folders the output may not be or hold.</param>
    /// <exception cref="OutputFolderException">The folder is not the build's to replace.</exception>
    public static OutputFolder Claim(string output, IEnumerable<KeptFolder> kept)
    {
        try
        {
            return new OutputFolder(Check(output, kept));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A loop of symbolic links, or a folder on the way this user may not read.
            throw new OutputFolderException($"--output {output}: cannot look at it ({e.Message.TrimEnd('.')}); name a folder you can read and write.");
        }
    }

    /// <returns>The output's real path.</returns>
    private static string Check(string output, IEnumerable<KeptFolder> kept)
    {
        var real = RealPath.Of(output);
        if (File.Exists(real))
            throw new OutputFolderException($"--output {output}: it is a file; name a folder for the site (such as _site).");
        if (Path.GetDirectoryName(real) is null)
            throw Refuse(output, "it is the root of the file system");
        var keptReal = kept.Select(k => (k.Folder, k.Name, k.InsideToo, Real: RealPath.Of(k.Folder))).ToList();
        // Being one of them is the plainer reason, so it is told before holding or lying inside another.
        if (keptReal.FirstOrDefault(k => k.Real == real) is { Name: { } name })
            throw Refuse(output, $"it is {name}");
        foreach (var keep in keptReal)
        {
            if (RealPath.IsWithin(keep.Real, real))
                throw Refuse(output, $"it holds {keep.Name} ({keep.Folder})");
            if (keep.InsideToo && RealPath.IsWithin(real, keep.Real))
                throw Refuse(output, $"it lies inside {keep.Name} ({keep.Folder})");
        }
        if (Directory.Exists(real))
        {
            if (Path.Exists(Path.Combine(real, ".git")))
                throw Refuse(output, "it is the root of a git repository");
            if (!IsBuildOutput(real) && Directory.EnumerateFileSystemEntries(real).Any())
                throw Refuse(output, "it holds files that no build wrote (a build's output has a " + MarkerName + " file)", orEmpty: true);
        }
        return real;
    }

    /// <summary>The folders a command in this process must never replace: the content, the theme, the current folder and home.</summary>
    public static IEnumerable<KeptFolder> Around(string content, string? theme)
    {
        yield return new KeptFolder(content, "the content folder", InsideToo: true);
        if (theme is not null) yield return new KeptFolder(theme, "the theme folder", InsideToo: true);
        yield return new KeptFolder(Directory.GetCurrentDirectory(), "the current folder", InsideToo: false);
        if (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home)
            yield return new KeptFolder(home, "your home folder", InsideToo: false);
    }

    /// <summary>Whether an earlier build wrote this folder.</summary>
    public static bool IsBuildOutput(string folder) => File.Exists(Path.Combine(folder, MarkerName));

    private static OutputFolderException Refuse(string output, string why, bool orEmpty = false) =>
        new($"--output {output}: {why}, and a build replaces its output whole; name a new folder (such as _site){(orEmpty ? ", or empty this one" : "")}.");
}
