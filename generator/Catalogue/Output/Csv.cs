using CsvHelper;

namespace Catalogue.Output;

/// <summary>A table as RFC 4180 CSV, written by CsvHelper: UTF-8, CRLF line ends, a field quoted when it holds a comma, a quote or a line break.</summary>
internal static class Csv
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringWriter();
        using (var writer = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true))
            foreach (var row in rows.Prepend(header))
                writer.WriteRecord([.. row]);
        return text.ToString();
    }
}
