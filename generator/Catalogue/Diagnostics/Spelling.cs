namespace Catalogue.Diagnostics;

/// <summary>Finds the known name closest to a misspelt one, for "did you mean …?" hints.</summary>
internal static class Spelling
{
    public static string? Closest(string wrong, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(wrong, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                (best, bestDistance) = (candidate, distance);
        }
        // Beyond a third of the word, a suggestion is more confusing than helpful.
        return best is not null && bestDistance <= Math.Max(2, wrong.Length / 3) ? best : null;
    }

    public static string? DidYouMean(string wrong, IEnumerable<string> candidates) =>
        Closest(wrong, candidates) is { } match ? $"did you mean '{match}'?" : null;

    /// <summary>Optimal string alignment distance: Levenshtein plus swapped neighbours ("desgin").</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
