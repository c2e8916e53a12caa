using System.Globalization;
using System.Text.RegularExpressions;

namespace Catalogue.Benchmarks.Measure;

/// <summary>What `catalogue check|build --timings` printed: each stage's time, in the order they ran, and the process's peak memory.</summary>
internal sealed partial record CliTimings(IReadOnlyList<(string Stage, double Milliseconds)> Stages, double PeakMemoryMegabytes)
{
    /// <exception cref="FormatException">The output has no peak memory line: not a run with --timings.</exception>
    public static CliTimings Parse(string output)
    {
        var stages = StageLine().Matches(output)
            .Select(m => (m.Groups["stage"].Value, Number(m.Groups["ms"].Value)))
            .ToList();
        var memory = PeakMemoryLine().Match(output);
        if (!memory.Success) throw new FormatException("the output has no 'peak memory <N> MB' line; was --timings given?");
        return new CliTimings(stages, Number(memory.Groups["mb"].Value));
    }

    // The generator formats with the invariant culture (InvariantGlobalization), so '.' is the decimal point.
    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^stage (?<stage>\S+) +(?<ms>[0-9.]+) ms\r?$", RegexOptions.Multiline)]
    private static partial Regex StageLine();

    [GeneratedRegex(@"^peak memory (?<mb>[0-9.]+) MB\r?$", RegexOptions.Multiline)]
    private static partial Regex PeakMemoryLine();
}
