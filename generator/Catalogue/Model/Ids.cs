using System.Text.RegularExpressions;

namespace Catalogue.Model;

/// <summary>The id rule: ids are URLs and file names, so they stay lower-case ASCII kebab-case.</summary>
public static partial class Ids
{
    public const string Rule = "use lower-case letters a–z, digits and single hyphens, e.g. 'co-design'";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    public static bool IsValid(string id) => id.Length <= 100 && Pattern().IsMatch(id);

    /// <summary>A valid id made from a title: "Rolls-Royce TotalCare" → "rolls-royce-totalcare".</summary>
    public static string FromTitle(string title)
    {
        var ascii = new string(title.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => c switch { 'ø' or 'Ø' => 'o', 'æ' or 'Æ' => 'a', 'ß' => 's', _ => c })
            .ToArray()).ToLowerInvariant();
        var id = NonWord().Replace(ascii, "-").Trim('-');
        return id.Length > 80 ? id[..80].TrimEnd('-') : id;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
