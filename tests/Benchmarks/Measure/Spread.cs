namespace Catalogue.Benchmarks.Measure;

/// <summary>Repeated measurements of one thing: the median, which noise from other work moves least, and the extremes.</summary>
internal sealed record Spread(double Median, double Min, double Max)
{
    public static Spread Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToList();
        if (sorted.Count == 0) throw new ArgumentException("no samples to summarise", nameof(samples));
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[^1]);
    }
}
