using System.Text;
using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.Read;
using Catalogue.Pipeline.Read.Cache;

namespace Catalogue.Tests;

/// <summary>
/// The front-matter cache may only save time: a check that takes fields from it must report exactly what a
/// check without it reports, and a changed, damaged or foreign cache must never answer for a file.
/// </summary>
public sealed class FrontMatterCacheTests : IDisposable
{
    private readonly TestCatalogue _catalogue = new();
    private string CacheFile => Path.Combine(_catalogue.Root, "cache", "front-matter.bin");

    public void Dispose() => _catalogue.Dispose();

    [Fact]
    public void Every_real_entry_comes_back_from_its_bytes_as_it_was_bound()
    {
        var diagnostics = new DiagnosticBag();
        var files = new ContentFinder(new ContentPaths(Path.Combine(RealSiteFixture.RepositoryRoot, "content")), diagnostics).FindEntries();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var entry = EntryReader.Read(file, diagnostics) ?? throw new InvalidOperationException($"{file.DisplayPath} did not read");
            var yaml = new SourceText(entry.FrontMatter, entry.File, 2);
            var decoded = ValueCodec.Decode(ValueCodec.Encode(entry.Fields), yaml);
            Assert.Equal(Describe(entry.Fields), Describe(decoded));
        }
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public async Task A_second_check_takes_clean_front_matter_from_the_cache_and_reports_the_same()
    {
        _catalogue.Edit("cases/acme-case.md", "industry: Manufacturing", "industry: Manufacturing\ncolour: blue");
        var uncached = await _catalogue.CheckAsync();
        Assert.Contains(uncached.Diagnostics, d => d.Code == Codes.UnknownField);

        var first = await _catalogue.CheckAsync(CacheFile);
        var second = await _catalogue.CheckAsync(CacheFile);

        Assert.Equal(0, first.FrontMatterReused);
        // Four entries; the case with a warning is parsed again each time, so its warning is never lost.
        Assert.Equal(3, second.FrontMatterReused);
        Assert.Equal(Lines(uncached), Lines(first));
        Assert.Equal(Lines(uncached), Lines(second));
    }

    [Fact]
    public async Task A_changed_file_is_read_again()
    {
        await _catalogue.CheckAsync(CacheFile);
        _catalogue.Edit("practices/co-design.md", "summary: Customer and supplier design the offering together.", "summary: \"\"");
        _catalogue.Edit("capabilities/empowered.md", "Joint decisions.", "Joint decisions, as in [[nowhere]].");

        var result = await _catalogue.CheckAsync(CacheFile);

        // The capability's front matter is unchanged and comes from the cache; its body is checked all the same.
        Assert.Equal(3, result.FrontMatterReused);
        Assert.Equal(Lines(await _catalogue.CheckAsync()), Lines(result));
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.EmptyValue && TestCatalogue.Rel(d) == "practices/co-design.md" && d.Location.Line == 3);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.UnknownReference && TestCatalogue.Rel(d) == "capabilities/empowered.md");
    }

    public static TheoryData<string> Damage => ["empty", "cut short", "not a cache", "another build", "a flipped bit"];

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task A_damaged_or_foreign_cache_answers_for_nothing_and_is_replaced(string damage)
    {
        _catalogue.Edit("cases/acme-case.md", "industry: Manufacturing", "industry: Manufacturing\ncolour: blue");
        var expected = Lines(await _catalogue.CheckAsync());
        await _catalogue.CheckAsync(CacheFile);
        var bytes = File.ReadAllBytes(CacheFile);
        File.WriteAllBytes(CacheFile, damage switch
        {
            "empty" => [],
            "cut short" => bytes[..(bytes.Length / 2)],
            "not a cache" => Encoding.UTF8.GetBytes("title: not a cache\n"),
            "another build" => Flip(bytes, 4),
            "a flipped bit" => Flip(bytes, bytes.Length - 3),
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        });

        var damaged = await _catalogue.CheckAsync(CacheFile);
        var after = await _catalogue.CheckAsync(CacheFile);

        Assert.Equal(0, damaged.FrontMatterReused);
        Assert.Equal(expected, Lines(damaged));
        Assert.Equal(3, after.FrontMatterReused);
        Assert.Equal(expected, Lines(after));
    }

    [Fact]
    public async Task A_cache_that_cannot_be_written_only_costs_time()
    {
        // A file where the cache's folder should be: the cache cannot be written, and the check goes on.
        File.WriteAllText(Path.Combine(_catalogue.Root, "cache"), "in the way");
        var expected = Lines(await _catalogue.CheckAsync());

        var result = await _catalogue.CheckAsync(CacheFile);

        Assert.Equal(expected, Lines(result));
        Assert.Equal(0, result.FrontMatterReused);
        Assert.Empty(Directory.GetFiles(_catalogue.Root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task The_command_keeps_its_cache_in_the_users_cache_folder_unless_told_not_to()
    {
        var file = FrontMatterCache.DefaultFile(_catalogue.Content);
        try
        {
            var uncached = await CliRun.InProcessAsync("check", "--content", _catalogue.Content, "--no-cache", "--timings");
            Assert.Equal(0, uncached.ExitCode);
            Assert.False(File.Exists(file), $"--no-cache wrote {file}");
            Assert.DoesNotContain("cache front matter", uncached.Output);

            await CliRun.InProcessAsync("check", "--content", _catalogue.Content);
            Assert.True(File.Exists(file), $"check wrote no cache at {file}");
            var cached = await CliRun.InProcessAsync("check", "--content", _catalogue.Content, "--timings");
            Assert.Equal(0, cached.ExitCode);
            Assert.Contains("cache front matter of 4 of 4 entries reused", cached.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 0x20;
        return copy;
    }

    private static List<string> Lines(BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToList();

    /// <summary>Everything a value says, positions inside Markdown text included, to compare two values whole.</summary>
    private static string Describe(Value value) => value switch
    {
        TextValue text => $"text {text.At} {text.IsMarkdown} [{text.Text}]"
            + (text.Span is null ? "" : $" at {string.Join(",", new[] { 0, text.Text.Length / 2, text.Text.Length }.Select(text.Locate))}"),
        IntegerValue integer => $"integer {integer.At} {integer.Number}",
        BooleanValue boolean => $"boolean {boolean.At} {boolean.Flag}",
        ReferenceValue reference => $"reference {reference.At} {reference.Id} to {string.Join("|", reference.Targets)}",
        SourceReferenceValue source => $"source {source.At} {source.Id}",
        ListValue list => $"list {list.At} ({string.Join("; ", list.Items.Select(Describe))})",
        ObjectValue obj => $"object {obj.At} {{{string.Join("; ", obj.Fields.Select(f => f.Key + ": " + Describe(f.Value)))}}}",
        _ => throw new ArgumentException(value.GetType().Name),
    };
}
