namespace Catalogue.Benchmarks.Synthetic;

internal static class RandomDraws
{
    /// <summary>
    /// Draws <paramref name="count"/> different items that <paramref name="skip"/> does not reject, in draw order.
    /// Rejection sampling suits the lists here, which are either small or far longer than the count; the caller
    /// makes sure enough items qualify.
    /// </summary>
    public static string[] Draw(this Random random, IReadOnlyList<string> items, int count, Func<string, bool>? skip = null)
    {
        var drawn = new List<string>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (drawn.Count < count)
        {
            var item = items[random.Next(items.Count)];
            if (skip?.Invoke(item) != true && seen.Add(item)) drawn.Add(item);
        }
        return [.. drawn];
    }
}
