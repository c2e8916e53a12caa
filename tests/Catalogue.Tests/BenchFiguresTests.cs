using Catalogue.Benchmarks.Measure;
using Catalogue.Benchmarks.Results;
using Catalogue.Model.Schema;

using Catalogue.Model.Types.Standard;

namespace Catalogue.Tests;

/// <summary>The arithmetic and parsing behind `catalogue-bench run`, on fixed inputs (nothing here is timed).</summary>
public sealed class BenchFiguresTests
{
    private const string BuildOutput = """
        Pages show no last-changed dates: the content folder is not in a git checkout.
        stage find             16.4 ms
        stage read            250.0 ms
        stage link           1234.5 ms
        stage render          694.9 ms
        peak memory 103 MB
        Built 116 pages from 100 entries into /tmp/site in 1.43 s.
        """;

    [Fact]
    public void Stage_lines_are_read_in_order_with_their_times_and_the_peak_memory()
    {
        var timings = CliTimings.Parse(BuildOutput);
        Assert.Equal([("find", 16.4), ("read", 250.0), ("link", 1234.5), ("render", 694.9)], timings.Stages);
        Assert.Equal(103, timings.PeakMemoryMegabytes);
    }

    [Fact]
    public void Output_without_timings_is_refused_rather_than_read_as_zero()
    {
        Assert.Throws<FormatException>(() => CliTimings.Parse("Checked 100 entries in 0.36 s: no errors.\n"));
    }

    [Theory]
    [InlineData(1.0)] // linear: ten times the entries, ten times the time
    [InlineData(2.0)]
    [InlineData(0.5)]
    public void The_growth_exponent_is_the_power_of_an_exact_power_law(double power)
    {
        var points = new[] { 100.0, 1000.0, 10000.0 }.Select(n => (n, 3.0 * Math.Pow(n, power))).ToList();
        Assert.Equal(power, GrowthExponent.Of(points)!.Value, precision: 9);
    }

    [Fact]
    public void The_growth_exponent_is_the_least_squares_slope_when_the_points_do_not_line_up()
    {
        // log10 times 0, 1.5 and 2 at log10 sizes 2, 3 and 4: the best line through them has slope 1.
        var points = new List<(double, double)> { (100, 1), (1000, Math.Pow(10, 1.5)), (10000, 100) };
        Assert.Equal(1.0, GrowthExponent.Of(points)!.Value, precision: 9);
    }

    [Fact]
    public void One_size_has_no_growth_exponent()
    {
        Assert.Null(GrowthExponent.Of([(1000, 5.0), (1000, 6.0)]));
    }

    [Fact]
    public void A_spread_is_the_median_and_the_extremes()
    {
        Assert.Equal(new Spread(3, 1, 9), Spread.Of([9, 1, 3]));
        Assert.Equal(new Spread(4, 1, 9), Spread.Of([9, 5, 1, 3]));
    }

    [Fact]
    public void The_reference_work_is_the_same_work_every_time()
    {
        // Comparing its times across runs means nothing unless every run does exactly this work.
        Assert.Equal(ReferenceWork.Run(), ReferenceWork.Run());
        Assert.InRange(ReferenceWork.Milliseconds(), 0.1, 60_000);
    }

    [Fact]
    public void The_results_table_gives_each_size_the_machine_speed_measured_beside_it()
    {
        var command = new CommandFigures(new Spread(1750, 1514, 2035), new Spread(350, 340, 360), new Dictionary<string, Spread>());
        var size = new SizeResult(10_000, new Spread(152, 141, 230), command, command, command, null, null, null, new PageCounts(10_016, null));
        var report = new BenchReport(
            new MachineFacts(DateTimeOffset.UnixEpoch, 2, 1.0, "a CPU", 23.5, "Linux", ".NET 10", null, "abc1234"),
            new RunSettings([10_000], 1, 3, "catalogue.dll"), [size], new Growth(null, null, null));

        var lines = ResultsTable.Markdown(report).Split('\n');

        var header = lines.Single(l => l.StartsWith("| Entries |", StringComparison.Ordinal));
        var row = lines.Single(l => l.StartsWith("| 10,000 |", StringComparison.Ordinal));
        Assert.EndsWith("| reference work |", header);
        Assert.EndsWith("| 152 ms (141–230) |", row);
        Assert.Equal(header.Count(c => c == '|'), row.Count(c => c == '|'));
        Assert.Contains(lines, l => l.StartsWith("Reference work: the same fixed work", StringComparison.Ordinal));
    }

    [Fact]
    public void A_summary_edit_adds_the_sentence_and_stays_within_the_length_limit()
    {
        var longSummary = string.Join(' ', Enumerable.Repeat("word", 39)) + ".";
        var entry = $"---\ntitle: \"A case\"\nsummary: \"{longSummary}\"\ntags: [a]\n---\n\nBody.\n";

        var edited = SummaryEdit.Append(entry, "Edited marker7.");

        var summary = edited.Split('\n')[2]["summary: \"".Length..^1];
        Assert.EndsWith(" Edited marker7.", summary);
        Assert.True(summary.Length <= Fields.SummaryMaxLength, summary);
        Assert.Equal(entry.Replace(longSummary, summary), edited);
    }
}
