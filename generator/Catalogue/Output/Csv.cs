using System.Text;

namespace Catalogue.Output;

/// <summary>A table as RFC 4180 CSV: CRLF line ends, and a field quoted when it holds a comma, a quote or a line break.</summary>
internal static class Csv
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
            text.Append(string.Join(",", row.Select(Field))).Append("\r\n");
        return text.ToString();
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
