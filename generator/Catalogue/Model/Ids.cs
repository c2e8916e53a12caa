using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Catalogue.Model;

/// <summary>The id rule: ids are URLs and file names, so they stay lower-case ASCII kebab-case.</summary>
public static partial class Ids
{
    public const string Rule = "use lower-case letters a–z, digits and single hyphens, e.g. 'co-design'";

    /// <summary>The rule as a regular expression; the JSON Schema export publishes the same text.</summary>
    public const string PatternText = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public const int MaxLength = 100;

    [GeneratedRegex(PatternText)]
    private static partial Regex Pattern();

    public static bool IsValid(string id) => id.Length <= MaxLength && Pattern().IsMatch(id);

    /// <summary>A valid id made from a title, or "" when the title has no letters or digits to keep:
    /// "Rolls-Royce TotalCare" → "rolls-royce-totalcare", "Brønnøysund" → "bronnoysund".</summary>
    public static string FromTitle(string title)
    {
        var ascii = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            // Accents decompose into a letter and a mark (å → a + ring); these letters do not.
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            ascii.Append(c switch { 'ø' => "o", 'æ' => "ae", 'œ' => "oe", 'ß' => "ss", 'ł' => "l", 'đ' => "d", _ => c.ToString() });
        }
        var id = NonWord().Replace(ascii.ToString(), "-").Trim('-');
        return id.Length > 80 ? id[..80].TrimEnd('-') : id;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
