using System.CommandLine;
using Catalogue.Diagnostics;
using Catalogue.Pipeline;
using Spectre.Console;

namespace Catalogue.Reporting;

/// <summary>
/// Everything the CLI tells a person: diagnostics one per line (the same text on a terminal or in a
/// log, so editors and CI can parse it), progress on a terminal only, and a summary.
/// </summary>
internal sealed class Reporter(IAnsiConsole console, TextWriter errors)
{
    /// <summary>The console, or plain text to the writers a command was invoked with (tests read them).</summary>
    public static Reporter For(ParseResult parse)
    {
        var (output, errors) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        if (output == Console.Out && errors == Console.Error) return new Reporter(AnsiConsole.Console, Console.Error);
        var plain = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        return new Reporter(plain, errors);
    }

    public bool Interactive => console.Profile.Capabilities.Interactive;

    public void Diagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            // Coloured on a terminal, but written whole rather than through Spectre's markup, which would wrap it at the
            // terminal's width: an editor's problem matcher (.vscode/tasks.json) reads each diagnostic as one line.
            if (errors == Console.Error && Interactive && console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors)
                errors.WriteLine((d.IsError ? "\e[31m" : "\e[33m") + d + "\e[0m");
            else
                errors.WriteLine(d.ToString());
        }
        var errorCount = diagnostics.Count(d => d.IsError);
        var warningCount = diagnostics.Count - errorCount;
        if (diagnostics.Count > 0)
            errors.WriteLine($"{Plural(errorCount, "error")}, {Plural(warningCount, "warning")}");
    }

    public async Task<T> WithProgressAsync<T>(string start, Func<IProgress<string>, Task<T>> work)
    {
        if (!Interactive) return await work(new Progress<string>(_ => { }));
        return await console.Status().StartAsync(start, async context =>
            await work(new SynchronousProgress(message => context.Status(Markup.Escape(message)))));
    }

    public void Line(string text) => console.WriteLine(text);

    /// <summary>One line per stage, in the order they ran, what came from the cache, and the process's peak memory, in a form a benchmark script can read back.</summary>
    public void Timings(BuildResult result)
    {
        foreach (var (stage, time) in result.Stages)
            console.WriteLine($"stage {stage,-10} {time.TotalMilliseconds,10:0.0} ms");
        if (result.Cache is { } cache)
            console.WriteLine($"cache reused the front matter of {cache.FrontMatter:N0} and the Markdown of {cache.Markdown:N0} of {Plural(result.EntriesRead, "entry", "entries")}");
        console.WriteLine($"peak memory {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):0} MB");
        // A cold run of a few seconds spends a share of it compiling and collecting; these say how much.
        console.WriteLine($"jit {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms");
        console.WriteLine($"gc {GC.CollectionCount(0):N0} collections ({GC.CollectionCount(2):N0} full), paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, {GC.GetTotalAllocatedBytes() / (1024 * 1024):N0} MB allocated");
    }

    /// <summary>Text printed as it is, never wrapped to the console's width: Markdown, or anything meant to be copied.</summary>
    public void Verbatim(string text) => console.Profile.Out.Writer.Write(text);

    public void Success(string text)
    {
        if (Interactive) console.MarkupLine("[green]" + Markup.Escape(text) + "[/]");
        else console.WriteLine(text);
    }

    public void Failure(string text) => errors.WriteLine(text);

    public static string Plural(int count, string noun, string? plural = null) =>
        count == 1 ? $"1 {noun}" : $"{count:N0} {plural ?? noun + "s"}";

    public static string Seconds(TimeSpan time) => $"{time.TotalSeconds:0.00} s";

    /// <summary>Progress&lt;T&gt; posts to the thread pool; a status line must update in order.</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
