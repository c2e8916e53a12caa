namespace Catalogue.Benchmarks.Measure;

/// <summary>
/// How a time grows with the catalogue's size: the k in time ∝ N^k, as the least-squares slope of
/// log(time) against log(N). 1 is linear; more than 1 means each entry costs more as the catalogue grows.
/// </summary>
internal static class GrowthExponent
{
    /// <returns>Null with fewer than two different sizes, where no slope exists.</returns>
    public static double? Of(IReadOnlyList<(double Size, double Time)> points)
    {
        if (points.Select(p => p.Size).Distinct().Count() < 2) return null;
        var xs = points.Select(p => Math.Log(p.Size)).ToList();
        var ys = points.Select(p => Math.Log(p.Time)).ToList();
        var (meanX, meanY) = (xs.Average(), ys.Average());
        var covariance = xs.Zip(ys, (x, y) => (x - meanX) * (y - meanY)).Sum();
        var variance = xs.Sum(x => (x - meanX) * (x - meanX));
        return covariance / variance;
    }
}
