using System.Globalization;
using Catalogue.Git;

namespace Catalogue.Pipeline.History;

/// <summary>The newest commit that touched a file: when, and by whom (git's author name).</summary>
internal sealed record LastChange(DateTimeOffset Date, string Author);

/// <summary>
/// When each content file last changed and who changed it, read from one <c>git log</c> over the whole
/// content folder. Without git, outside a checkout or in a shallow clone it is empty and says why, and
/// pages simply leave the line out.
/// </summary>
internal sealed class GitHistory
{
    // Control characters no author name or path contains, to tell a commit's line from a file's.
    private const char CommitMark = '\u001e';
    private const char FieldMark = '\u001f';

    private readonly IReadOnlyDictionary<string, LastChange> _changes;

    private GitHistory(IReadOnlyDictionary<string, LastChange> changes, string? missing) => (_changes, Missing) = (changes, missing);

    private static GitHistory None(string why) => new(new Dictionary<string, LastChange>(), why);

    /// <summary>Why there is no history, or null when it was read.</summary>
    public string? Missing { get; }

    /// <param name="relativePath">A path under the content folder with forward slashes: "cases/acme-case.md".</param>
    public LastChange? Of(string relativePath) => _changes.GetValueOrDefault(relativePath);

    public static async Task<GitHistory> ReadAsync(string contentRoot, CancellationToken cancel = default)
    {
        var (check, shallow) = await GitProcess.ReadTextAsync(contentRoot, ["rev-parse", "--is-shallow-repository"], cancel);
        if (check is null) return None("git was not found");
        if (!check.Succeeded) return None("the content folder is not in a git checkout");
        // A shallow clone's oldest commit seems to add every file, which would credit it with all of them.
        if (shallow.Trim() == "true") return None("the git checkout is shallow (clone it with its full history)");

        // --relative keeps the log to this folder and names files from here, as entries name themselves.
        var (log, text) = await GitProcess.ReadTextAsync(contentRoot,
            ["-c", "core.quotePath=false", "log", "--relative", "--name-only", $"--format={CommitMark}%aI{FieldMark}%aN", "--", "."], cancel);
        return log is { Succeeded: true } ? new GitHistory(Parse(text), null) : None($"git log failed: {log?.Reason}");
    }

    /// <summary>git log lists the newest commit first, so a file's first mention is its last change.</summary>
    private static Dictionary<string, LastChange> Parse(string log)
    {
        var changes = new Dictionary<string, LastChange>(StringComparer.Ordinal);
        LastChange? commit = null;
        foreach (var line in log.Split('\n'))
        {
            if (line.StartsWith(CommitMark))
            {
                var fields = line[1..].Split(FieldMark, 2);
                commit = new LastChange(DateTimeOffset.Parse(fields[0], CultureInfo.InvariantCulture), fields[1]);
            }
            else if (line.Length > 0 && commit is not null)
                changes.TryAdd(line, commit);
        }
        return changes;
    }
}
