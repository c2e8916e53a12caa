using Catalogue.Benchmarks.Results;

namespace Catalogue.Benchmarks.Measure;

/// <summary>The runs of one `catalogue … --timings` command, gathered to be summarised as medians.</summary>
internal sealed class CommandSamples
{
    private readonly List<double> _wall = [];
    private readonly List<double> _memory = [];
    // Insertion-ordered, so the stages are listed in the order they ran.
    private readonly OrderedDictionary<string, List<double>> _stages = new(StringComparer.Ordinal);

    public void Add(ProcessTiming run)
    {
        var timings = CliTimings.Parse(run.Output);
        _wall.Add(run.Milliseconds);
        _memory.Add(timings.PeakMemoryMegabytes);
        foreach (var (stage, ms) in timings.Stages)
        {
            if (!_stages.TryGetValue(stage, out var samples)) _stages.Add(stage, samples = []);
            samples.Add(ms);
        }
    }

    public CommandFigures Figures() => new(
        Spread.Of(_wall),
        Spread.Of(_memory),
        new OrderedDictionary<string, Spread>(_stages.Select(s => KeyValuePair.Create(s.Key, Spread.Of(s.Value)))));
}
