using System.Text;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Compare;
using Catalogue.Reporting;

namespace Catalogue.Cli.GitHubActions;

/// <summary>
/// The Markdown a reviewer reads on the workflow run's summary page: the check's result and, given the
/// base branch's content, what the change does to the catalogue.
/// </summary>
internal static class JobSummary
{
    /// <summary>GitHub Actions names, in GITHUB_STEP_SUMMARY, the file a step appends its summary to.</summary>
    public static string? FilePath => Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } path ? path : null;

    /// <summary>
    /// Appends the summary to the step's summary file; without one, prints it when there is a base to
    /// compare with, so a contributor can see the same on their own computer.
    /// </summary>
    public static void Publish(BuildResult result, BaseContent? baseContent, Reporter reporter)
    {
        (string, CatalogueDiff)? comparison = baseContent is not null && result.Catalogue is { } after
            ? (baseContent.Label, CatalogueDiff.Between(baseContent.Load(), after))
            : null;
        var markdown = Markdown(result, comparison);
        if (FilePath is not { } path)
        {
            if (comparison is not null) reporter.Verbatim(markdown);
            return;
        }
        try
        {
            File.AppendAllText(path, markdown, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Failure($"catalogue check: could not write the job summary to {path} ({e.Message}).");
        }
    }

    /// <param name="comparison">The base as the summary names it, and what the change does to it; null without a base.</param>
    public static string Markdown(BuildResult result, (string Base, CatalogueDiff Diff)? comparison)
    {
        var errors = result.Diagnostics.Count(d => d.IsError);
        var text = new StringBuilder("## Catalogue check\n\n");
        text.Append($"{Reporter.Plural(result.EntriesRead, "entry", "entries")} checked: {Reporter.Plural(errors, "error")}, {Reporter.Plural(result.Diagnostics.Count - errors, "warning")}.");
        text.Append(result.Diagnostics.Count == 0 ? "\n" : " Each is shown as an annotation on its line and listed in the log.\n");
        if (comparison is not { Base: var baseLabel, Diff: var diff }) return text.ToString();

        text.Append($"\n### Compared with {Code(baseLabel)}\n");
        if (diff.IsEmpty) return text.Append("\nNo entry and no link between entries changed.\n").ToString();
        Section(text, "Entries added", diff.Added.Select(Entry));
        Section(text, "Entries changed", diff.Changed.Select(Entry));
        Section(text, "Entries removed", diff.Removed.Select(Entry));
        Section(text, "Links added", diff.LinksAdded.Select(Link));
        Section(text, "Links removed", diff.LinksRemoved.Select(Link));
        Section(text, "Links broken", diff.LinksBroken.Select(l => l.ToTitle is null
            ? $"{Escape(l.FromTitle)} → {Code(l.To)}, which no entry has"
            : $"{Escape(l.FromTitle)} → {Escape(l.ToTitle)} ({Code(l.To)}), which no longer exists"));
        return text.ToString();
    }

    private static string Entry(EntryChange entry) => $"{entry.Kind.Title}: {Escape(entry.Title)} ({Code(entry.Id)})";

    private static string Link(LinkChange link) => $"{Escape(link.FromTitle)} → {Escape(link.ToTitle ?? link.To)}";

    private static void Section(StringBuilder text, string heading, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0) return;
        text.Append($"\n**{heading}** ({items.Count})\n\n");
        foreach (var item in items) text.Append("- ").Append(item).Append('\n');
    }

    /// <summary>Titles are the contributor's text: their Markdown and HTML characters are shown, not obeyed.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (@"\`*_[]<>#|!~&".Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static string Code(string text) => text.Contains('`') ? Escape(text) : $"`{text}`";
}
