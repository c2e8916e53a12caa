using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Catalogue.Model;

/// <summary>The id rule: ids are URLs and file names, so they stay lower-case ASCII kebab-case.</summary>
internal static partial class Ids
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
        foreach (var c in title.ToLowerInvariant())
        {
            // A title typed already decomposed (å as a + ring) keeps its letter and loses the mark.
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            ascii.Append(Folds.TryGetValue(c, out var folded) ? folded : c.ToString());
        }
        var id = NonWord().Replace(ascii.ToString(), "-").Trim('-');
        return id.Length > 80 ? id[..80].TrimEnd('-') : id;
    }

    /// <summary>Latin letters with diacritics as ASCII. A table rather than Unicode decomposition, which the
    /// build's invariant globalization mode does not do.</summary>
    private static readonly Dictionary<char, string> Folds = new (string Letters, string Ascii)[]
    {
        ("àáâãäåāăą", "a"), ("æ", "ae"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"), ("œ", "oe"),
        ("ŕŗř", "r"), ("śŝşšș", "s"), ("ß", "ss"), ("ţťŧț", "t"), ("þ", "th"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"),
        ("ýÿŷ", "y"), ("źżž", "z"),
    }.SelectMany(group => group.Letters.Select(letter => (letter, group.Ascii))).ToDictionary(f => f.letter, f => f.Ascii);

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
