using System.Diagnostics;

namespace Catalogue.Benchmarks.Measure;

/// <summary>How one run of a program went: wall time from start to exit, exit code, and what it printed.</summary>
internal sealed record ProcessTiming(TimeSpan Elapsed, int ExitCode, string Output, string Errors)
{
    public double Milliseconds => Elapsed.TotalMilliseconds;
}

/// <summary>
/// Runs a program to its end and times it as a person at a terminal would: from start to exit, so
/// runtime start-up, JIT and teardown count, as they do for every real build.
/// </summary>
internal static class ProcessRun
{
    public static ProcessStartInfo Info(string program, IEnumerable<string> arguments) => new(program, arguments)
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };

    /// <exception cref="System.ComponentModel.Win32Exception">The program is not installed.</exception>
    public static async Task<ProcessTiming> TimeAsync(ProcessStartInfo start, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new BenchmarkException($"{start.FileName} did not start");
        // Both streams are drained while it runs, so a full pipe never stalls it.
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var errors = process.StandardError.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);
        var elapsed = clock.Elapsed;
        return new ProcessTiming(elapsed, process.ExitCode, await output, await errors);
    }

    /// <summary>As <see cref="TimeAsync"/>, but a failed run is an error: its time would measure the failure.</summary>
    public static async Task<ProcessTiming> TimeSuccessAsync(ProcessStartInfo start, CancellationToken cancel = default)
    {
        var run = await TimeAsync(start, cancel);
        if (run.ExitCode != 0)
            throw new BenchmarkException($"'{start.FileName} {string.Join(' ', start.ArgumentList)}' failed with exit code {run.ExitCode}:\n{run.Errors}{run.Output}");
        return run;
    }
}
