using System.Text.Encodings.Web;
using System.Text.Json;

namespace Catalogue.Benchmarks.Results;

/// <summary>Writes a run as results.md, for people, and results.json, for comparing runs by program.</summary>
internal static class ResultsFiles
{
    // A file, never HTML: '+', '–' and the like may stay as they are, readable.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(string folder, BenchReport report, string markdown)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "results.md"), markdown);
        File.WriteAllText(Path.Combine(folder, "results.json"), JsonSerializer.Serialize(report, Json) + "\n");
    }
}
