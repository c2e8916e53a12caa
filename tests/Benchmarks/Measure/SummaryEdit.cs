using System.Text.RegularExpressions;
using Catalogue.Model.Schema;

using Catalogue.Model.Types.Standard;

namespace Catalogue.Benchmarks.Measure;

/// <summary>An author's small edit to an entry: a sentence added to the end of its summary.</summary>
internal static partial class SummaryEdit
{
    /// <param name="entry">An entry's text, with the one-line double-quoted summary the synthetic catalogue writes.</param>
    /// <param name="sentence">Plain words and a full stop; nothing that needs escaping in YAML.</param>
    /// <remarks>Words at the summary's end make way for the sentence where it would pass the schema's length limit, so the edit stays valid content.</remarks>
    public static string Append(string entry, string sentence)
    {
        var summary = SummaryLine().Match(entry);
        if (!summary.Success) throw new BenchmarkException("the entry has no one-line 'summary: \"…\"' to edit");
        var words = summary.Groups["value"].Value.Split(' ').Append(sentence).ToList();
        while (string.Join(' ', words).Length > Fields.SummaryMaxLength && words.Count > 1)
            words.RemoveAt(words.Count - 2);
        var value = summary.Groups["value"];
        return entry[..value.Index] + string.Join(' ', words) + entry[(value.Index + value.Length)..];
    }

    [GeneratedRegex("^summary: \"(?<value>[^\"\\r\\n]*)\"\\r?$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();
}
