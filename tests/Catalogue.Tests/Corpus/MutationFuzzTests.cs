using System.Diagnostics;
using System.Text;
using Catalogue.Diagnostics;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.Read;
using Xunit.Abstractions;

namespace Catalogue.Tests.Corpus;

/// <summary>
/// Mutation fuzzing: each valid file of the test catalogue and of the real content/, broken by
/// <see cref="Mutator"/> and checked in place by the stages `check` runs (<see cref="CatalogueLoader"/>).
/// They must never throw or hang, and must answer with success, every entry read, or with diagnostics
/// that point into the files they name. FUZZ_ITERATIONS and FUZZ_SEED change the run (see README.md).
/// </summary>
public sealed class MutationFuzzTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out var n) ? n : 1000;
    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var n) ? n : 20_251_123;

    private readonly TestCatalogue _small = new();
    private readonly RealContentCopy _real = new();

    [Fact]
    public async Task Check_answers_every_mutated_file_with_success_or_located_diagnostics()
    {
        // Most mutations go to the small catalogue, checked in a few milliseconds; every eighth to the real
        // content, where every field, type and link is in use but a check takes some 100 ms.
        var (small, real) = ((_small.Content, Files: ValidFiles(_small.Content)), (_real.Content, Files: ValidFiles(_real.Content)));
        var master = new Random(Seed);
        var clock = Stopwatch.StartNew();
        var (failed, iteration) = (0, 0);
        for (; iteration < Iterations && failed < 10; iteration++)
        {
            var (content, files) = iteration % 8 == 7 ? real : small;
            var (path, valid) = files[master.Next(files.Count)];
            var mutation = Mutator.Mutate(valid, master.Next());
            await File.WriteAllBytesAsync(path, mutation.Bytes);
            var problem = await CheckAsync(content);
            await File.WriteAllBytesAsync(path, valid);
            if (problem is null) continue;

            var saved = Path.Combine(Path.GetTempPath(), $"catalogue-fuzz-{Seed}-{iteration}{Path.GetExtension(path)}");
            await File.WriteAllBytesAsync(saved, mutation.Bytes);
            output.WriteLine($"seed {Seed}, iteration {iteration}, {Path.GetFileName(path)} after {string.Join(", ", mutation.Applied)}: {problem}\n  the input is saved as {saved}");
            failed++;
        }
        output.WriteLine($"{iteration:N0} mutations from seed {Seed} in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(failed == 0, $"{failed} mutated files broke check; see the test output");
    }

    /// <summary>What is wrong with check's answer for the catalogue at <paramref name="content"/>, or null.</summary>
    private static async Task<string?> CheckAsync(string content)
    {
        var diagnostics = new DiagnosticBag();
        var run = Task.Run(() => new CatalogueLoader(new ContentPaths(content), null, diagnostics, new StageTimings()).Load());
        if (await Task.WhenAny(run, Task.Delay(Bound)) != run) return $"check did not finish within {Bound.TotalSeconds} s";
        if (run.IsFaulted) return "check threw " + run.Exception!.InnerException;

        var found = diagnostics.Sorted();
        if (!found.Any(d => d.IsError) && run.Result.Index.Entries.Count != run.Result.EntriesRead)
            return "an entry was left out without an error";
        return found.Select(d => Misplaced(d, content)).FirstOrDefault(m => m is not null);
    }

    /// <summary>Why a diagnostic does not point at a place in its file, or null when it does.</summary>
    private static string? Misplaced(Diagnostic d, string content)
    {
        var file = Path.GetFullPath(d.Location.File);
        if (!file.StartsWith(Path.GetFullPath(content), StringComparison.Ordinal) || !File.Exists(file))
            return d.Location.File.Length == 0 ? $"no file: {d}" : null;
        var lines = TextFile.NormalizeLineEndings(Encoding.UTF8.GetString(File.ReadAllBytes(file))).TrimStart('\uFEFF').Split('\n');
        var (line, column) = (d.Location.Line, d.Location.Column);
        if (line < 1 || line > lines.Length) return $"line {line} of a file of {lines.Length} lines: {d}";
        if (column < 1 || column > lines[line - 1].Length + 1) return $"column {column} of a line of {lines[line - 1].Length} characters: {d}";
        return null;
    }

    /// <summary>Every entry, sources.yaml and site.yaml of a catalogue, with its valid bytes.</summary>
    private static List<(string Path, byte[] Valid)> ValidFiles(string content) =>
        Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllBytes(f)))
            .ToList();

    public void Dispose()
    {
        _small.Dispose();
        _real.Dispose();
    }
}
