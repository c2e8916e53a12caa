using Xunit.Abstractions;

namespace Catalogue.Tests.Reliability;

/// <summary>
/// Random argument vectors for every command, with values a user could type by mistake: paths that are
/// files, folders, missing, unwritable, very long or oddly named, numbers out of range, addresses that are
/// none. Every run must end with a documented exit code and, when it fails, a message; never a stack trace.
/// CLI_FUZZ_ITERATIONS and CLI_FUZZ_SEED change the run.
/// </summary>
public sealed class CommandLineFuzzTests(ITestOutputHelper log) : IDisposable
{
    private static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("CLI_FUZZ_ITERATIONS"), out var n) ? n : 150;
    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("CLI_FUZZ_SEED"), out var n) ? n : 20_261_207;

    /// <summary>How long a preview that did start may run before it is stopped, as Ctrl+C would.</summary>
    private static readonly TimeSpan ServeFor = TimeSpan.FromSeconds(2);

    private readonly string _sandbox = Directory.CreateTempSubdirectory("catalogue-cli-fuzz-").FullName;

    [Fact]
    public async Task Every_command_line_ends_with_a_documented_exit_code_and_no_stack_trace()
    {
        var random = new Random(Seed);
        var failures = new List<string>();
        for (var i = 0; i < Iterations && failures.Count < 5; i++)
        {
            using var catalogue = new TestCatalogue();
            var args = new ArgumentVectors(catalogue, _sandbox, random).Next();
            // Only the preview runs until it is stopped; any other command is left to finish, however slow the machine.
            using var stop = new CancellationTokenSource(args[0] == "serve" ? ServeFor : Timeout.InfiniteTimeSpan);
            var run = await CliRun.InProcessAsync(stop.Token, args);
            var shown = string.Join(' ', args.Select(a => a.Length > 40 ? a[..40] + "…" : $"'{a}'"));
            if (run.ShowsAStackTrace)
                failures.Add($"{shown}: a stack trace\n{run.Errors}{run.Output}");
            else if (run.ExitCode is not (0 or 1 or 2 or 3))
                failures.Add($"{shown}: exit {run.ExitCode}");
            else if (run.ExitCode != 0 && run.Errors.Trim().Length == 0)
                failures.Add($"{shown}: exit {run.ExitCode} with nothing on stderr");
            else
                log.WriteLine($"{run.ExitCode} {shown}");
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    public void Dispose()
    {
        try { Directory.Delete(_sandbox, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
