using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace Catalogue.Benchmarks.Measure;

/// <summary>`catalogue serve` running as its own process: each build as it reports it, and a clean stop.</summary>
internal sealed partial class PreviewServer : IAsyncDisposable
{
    private const int SigTerm = 15;
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly Channel<double> _builds = Channel.CreateUnbounded<double>();
    private readonly StringBuilder _log = new();

    public PreviewServer(ProcessStartInfo start)
    {
        _process = Process.Start(start) ?? throw new BenchmarkException($"{start.FileName} did not start");
        _process.OutputDataReceived += (_, e) => Read(e.Data);
        _process.ErrorDataReceived += (_, e) => Log(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the server printed so far, to explain a failure.</summary>
    public string Printed { get { lock (_log) return _log.ToString(); } }

    /// <summary>How long the next build took by the server's own clock ("Built 116 pages in 1.79 s.", "Rebuilt 40 pages in 587 ms.").</summary>
    public async Task<double> NextBuildAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            return await _builds.Reader.ReadAsync(timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            throw new BenchmarkException($"the preview server reported no build within {limit.TotalSeconds:0} s:\n{Printed}");
        }
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            _builds.Writer.TryComplete(); // the server has exited
            return;
        }
        Log(line);
        if (BuildLine().Match(line) is { Success: true } build)
        {
            var time = double.Parse(build.Groups["time"].Value, CultureInfo.InvariantCulture);
            _builds.Writer.TryWrite(build.Groups["unit"].Value == "s" ? time * 1000 : time);
        }
    }

    private void Log(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    /// <summary>
    /// Stops the server as Ctrl+C would, by SIGTERM, which System.CommandLine treats the same: SIGINT is
    /// ignored by programs that a script started in the background, and they pass that on to theirs.
    /// A server that does not stop in time is killed.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            if (OperatingSystem.IsWindows()) _process.Kill(entireProcessTree: true);
            else SendSignal(_process.Id, SigTerm);
            using var grace = new CancellationTokenSource(StopGrace);
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"^(Built|Rebuilt) [0-9,]+ pages? in (?<time>[0-9.]+) (?<unit>ms|s)\.")]
    private static partial Regex BuildLine();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int processId, int signal);
}
