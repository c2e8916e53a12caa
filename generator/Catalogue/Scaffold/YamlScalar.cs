using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Catalogue.Scaffold;

/// <summary>Writes a text as a YAML scalar that reads back as exactly that text.</summary>
internal static partial class YamlScalar
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Words YAML may read as a boolean or null when written plain.
    private static readonly HashSet<string> Reserved = ["true", "false", "null", "yes", "no", "on", "off", "y", "n"];

    /// <summary>Plain for a lower-case word or id ("article", "karpen-2011"); anything else double-quoted,
    /// whose escapes are JSON's, which YAML shares.</summary>
    public static string Text(string text) =>
        PlainWord().IsMatch(text) && !Reserved.Contains(text) ? text : JsonSerializer.Serialize(text, Readable);

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex PlainWord();
}
