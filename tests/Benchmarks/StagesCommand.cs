using System.CommandLine;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Catalogue.Benchmarks.Stages;
using Catalogue.Benchmarks.Synthetic;

namespace Catalogue.Benchmarks;

/// <summary>`catalogue-bench stages`: BenchmarkDotNet over the generator's inner stages (<see cref="StageBenchmarks"/>).</summary>
internal static class StagesCommand
{
    private static readonly Option<int> Entries = new("--entries")
    {
        Description = $"Entries in the synthetic catalogue (at least {TypeMix.MinimumEntries}).",
        DefaultValueFactory = _ => 1000,
        Validators =
        {
            result => { if (result.GetValueOrDefault<int>() < TypeMix.MinimumEntries) result.AddError($"--entries must be at least {TypeMix.MinimumEntries}"); },
        },
    };

    private static readonly Option<string> Out = new("--out")
    {
        Description = "Where BenchmarkDotNet writes its reports and logs (a results/ folder inside).",
        DefaultValueFactory = _ => "bench-results",
    };

    public static Command Create()
    {
        var command = new Command("stages", "Time reading one entry, the link stage, rendering one page and the whole load with BenchmarkDotNet (build with -c Release).") { Entries, Out };
        command.SetAction(parse => Run(parse.GetValue(Entries), parse.GetValue(Out)!));
        return command;
    }

    private static int Run(int entries, string output)
    {
        StageBenchmarks.ConfiguredEntries = entries;
        // In this process, so the benchmarks see --entries and nothing is compiled again; ShortRun's three
        // warm-ups and three iterations keep the whole run to a few minutes on two cores.
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun, in process"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.GetFullPath(output));
        var summary = BenchmarkRunner.Run<StageBenchmarks>(config);
        return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
    }
}
