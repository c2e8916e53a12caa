using CsvHelper;

namespace Catalogue.Tests;

/// <summary>Reads a CSV file as a researcher's tool would: with a standard parser, strict about quoting and field counts.</summary>
public static class CsvFile
{
    private static readonly CsvReaderOptions Strict = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = false,
        SkipEmptyLines = false,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
    };

    /// <summary>Every record, the header first.</summary>
    public static List<List<string>> Records(string text)
    {
        using var reader = CsvReader.Create(new StringReader(text), Strict, leaveOpen: false);
        var records = new List<List<string>>();
        foreach (var row in reader)
            records.Add([.. row.ToArray()]);
        return records;
    }
}
