using System.Diagnostics;
using System.Text;
using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Pipeline.Read;

namespace Catalogue.Scaffold;

/// <param name="Line">The line of sources.yaml on which the new source starts.</param>
internal sealed record AddedSource(string Id, string Display, int Line);

/// <summary>
/// `catalogue new source`: appends a source to sources.yaml. The text already there is never rewritten,
/// and the file stays locked while it is read, checked and appended to, so concurrent runs each land
/// whole. The result is checked with the reader `check` uses before anything is written.
/// </summary>
internal static class SourceAppender
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    public static AddedSource Append(string contentFolder, SourceDraft draft)
    {
        var paths = ContentFolder.Open(contentFolder);
        var display = paths.Display(paths.SourcesFile);
        if (!File.Exists(paths.SourcesFile))
            throw new ScaffoldException($"{display}: the bibliography does not exist; create it as described in docs/content-guide.md");

        using var file = OpenLocked(paths.SourcesFile, display);
        var original = ReadAll(file);
        var known = new DiagnosticBag();
        var existing = Read(original, display, known)
            ?? throw new ScaffoldException($"{display}: {Describe(known.Sorted().First(d => d.IsError))}; fix the file first, nothing was added");

        var id = ChooseId(draft, existing.Select(s => s.Id).ToHashSet(StringComparer.Ordinal), display);
        var (addition, line) = Addition(original, draft.ToYaml(id));
        var (problems, stillAList) = NewProblems([.. original, .. addition], id, known, display);
        if (problems.Count > 0)
            throw stillAList
                ? new ScaffoldException($"{display}: the source was not added: {string.Join("; ", problems)}", isUsageError: true)
                : new ScaffoldException($"{display}: nothing was added: with the source at its end the file would not be valid YAML ({string.Join("; ", problems)}); "
                    + "make sure its list starts at the left margin and its last entry is complete");

        file.Seek(0, SeekOrigin.End);
        file.Write(addition);
        file.Flush(flushToDisk: true);

        // Read back what is on disk now, still under the lock: it must be the bibliography plus the new source.
        if (NewProblems(ReadAll(file), id, known, display).Problems is { Count: > 0 } after)
        {
            file.SetLength(original.Length);
            throw new ScaffoldException($"{display}: the file did not read back as expected after appending ({string.Join("; ", after)}); the addition was undone");
        }
        return new AddedSource(id, display, line);
    }

    private static string ChooseId(SourceDraft draft, HashSet<string> taken, string display)
    {
        if (draft.Id is { } chosen)
            return taken.Contains(chosen)
                ? throw new ScaffoldException($"{display}: the source id '{chosen}' is already used; choose another with --id, or leave --id out to get a free one")
                : chosen;
        // As the file already does (aarikka-stenroos-2012b): a second work of the same author and year gets a letter.
        var baseId = draft.DefaultId;
        return new[] { baseId }.Concat("bcdefghijklmnopqrstuvwxyz".Select(letter => baseId + letter)).FirstOrDefault(c => !taken.Contains(c))
            ?? throw new ScaffoldException($"{display}: the ids '{baseId}' to '{baseId}z' are all taken; choose one with --id");
    }

    /// <summary>The bytes to append: a blank line, then the source, in the file's own line endings.</summary>
    private static (byte[] Bytes, int Line) Addition(byte[] original, string yaml)
    {
        var newline = original.AsSpan().IndexOf("\r\n"u8) >= 0 ? "\r\n" : "\n";
        var separator = original.Length == 0 ? "" : (original[^1] == '\n' ? "" : newline) + newline;
        var line = original.AsSpan().Count((byte)'\n') + separator.Count(c => c == '\n') + 1;
        return (Encoding.UTF8.GetBytes(separator + yaml.Replace("\n", newline)), line);
    }

    /// <summary>Errors the text has that the file had not before, or a missing new source, each said in a phrase;
    /// and whether the text still reads as a list, to tell a bad value from a file the addition would break.</summary>
    private static (List<string> Problems, bool StillAList) NewProblems(byte[] bytes, string id, DiagnosticBag known, string display)
    {
        var diagnostics = new DiagnosticBag();
        var sources = Read(bytes, display, diagnostics);
        var before = known.Sorted().Select(d => d.ToString()).ToHashSet(StringComparer.Ordinal);
        var problems = diagnostics.Sorted().Where(d => d.IsError && !before.Contains(d.ToString())).Select(Describe).ToList();
        if (problems.Count == 0 && sources?.Any(s => s.Id == id) != true)
            problems.Add($"the source '{id}' does not read back from the file");
        return (problems, sources is not null);
    }

    private static IReadOnlyList<Source>? Read(byte[] bytes, string display, DiagnosticBag diagnostics) =>
        TextFile.Decode(bytes, display, diagnostics) is { } text ? SourcesReader.Parse(text, display, diagnostics) : null;

    private static string Describe(Diagnostic d) => d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})";

    /// <summary>Opens the file for this run alone, waiting briefly while another run holds it.</summary>
    private static FileStream OpenLocked(string path, string display)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait && File.Exists(path))
            {
                Thread.Sleep(Random.Shared.Next(10, 50));
            }
            catch (IOException e) when (File.Exists(path))
            {
                throw new ScaffoldException($"{display}: the file stayed locked for {LockWait.TotalSeconds:0} s ({e.Message}); try again");
            }
        }
    }

    private static byte[] ReadAll(FileStream file)
    {
        var bytes = new byte[file.Length];
        file.Seek(0, SeekOrigin.Begin);
        file.ReadExactly(bytes);
        return bytes;
    }
}
