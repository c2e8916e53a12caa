using System.Diagnostics;

namespace Catalogue.Diagnostics;

/// <summary>How long each stage took, for the summary line and the benchmarks.</summary>
internal sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Time)> _stages = [];

    public T Measure<T>(string stage, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        _stages.Add((stage, watch.Elapsed));
        return result;
    }

    public async Task<T> MeasureAsync<T>(string stage, Func<Task<T>> work)
    {
        var watch = Stopwatch.StartNew();
        var result = await work();
        _stages.Add((stage, watch.Elapsed));
        return result;
    }

    public IReadOnlyList<(string Stage, TimeSpan Time)> Stages => _stages;
}
