using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Catalogue.Benchmarks.Measure;

/// <summary>
/// A fixed piece of managed work, timed on one thread in the benchmark's own process before each run. On a
/// shared virtual machine the cores themselves run slower at times (the same check has taken from 1.3 s to
/// 2.3 s within an hour); when this takes longer, so does everything else, so a slow run can be told from a
/// slow generator. It uses none of the generator's code, which would make it faster as the generator gets faster.
/// </summary>
internal static class ReferenceWork
{
    private const int Words = 100_000;

    /// <summary>
    /// The median of five timed rounds, after rounds enough (half a second) for tiered compilation to have
    /// replaced the framework code the work calls with its optimised version: fewer made the first size's
    /// figure half as large again as the others'.
    /// </summary>
    public static double Milliseconds()
    {
        var warming = Stopwatch.StartNew();
        while (warming.ElapsedMilliseconds < 500) Run();
        var rounds = new double[5];
        for (var i = 0; i < rounds.Length; i++)
        {
            var clock = Stopwatch.StartNew();
            Run();
            rounds[i] = clock.Elapsed.TotalMilliseconds;
        }
        return Spread.Of(rounds).Median;
    }

    /// <summary>
    /// What a generator does most: makes short strings, counts them in a dictionary, sorts and joins
    /// them, allocating as it goes. Returns a figure of the result, which is the same every time.
    /// </summary>
    // Compiled optimised from its first call, as the generator's code is (it runs without tiered compilation).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Run()
    {
        var random = new Random(1);
        var words = new string[Words];
        for (var i = 0; i < words.Length; i++)
            words[i] = string.Create(8, random.Next(), static (span, n) =>
            {
                for (var c = 0; c < span.Length; c++, n /= 7) span[c] = (char)('a' + n % 7);
            });

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
            counts[word[..4]] = counts.GetValueOrDefault(word[..4]) + 1;

        Array.Sort(words, StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var word in words) text.Append(word).Append(' ');
        return counts.Count * 31 + text.ToString().Split(' ').Distinct(StringComparer.Ordinal).Count();
    }
}
