using System.Text;
using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Cache;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.Parse;
using Catalogue.Pipeline.Read;

namespace Catalogue.Tests;

/// <summary>
/// The cache may only save time: a check that takes front matter and Markdown from it must report exactly
/// what a check without it reports, and a changed, damaged or foreign cache must never answer for a file.
/// </summary>
public sealed class EntryCacheTests : IDisposable
{
    private readonly TestCatalogue _catalogue = new();
    private string CacheFile => Path.Combine(_catalogue.Root, "cache", "front-matter.bin");

    public void Dispose() => _catalogue.Dispose();

    [Fact]
    public void Every_real_entry_comes_back_from_its_bytes_as_it_was_read_and_parsed()
    {
        var diagnostics = new DiagnosticBag();
        var files = new ContentFinder(new ContentPaths(Path.Combine(RealSiteFixture.RepositoryRoot, "content")), diagnostics).FindEntries();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var entry = EntryReader.Read(file, diagnostics) ?? throw new InvalidOperationException($"{file.DisplayPath} did not read");
            var yaml = new SourceText(entry.FrontMatter, entry.File, 2);
            var decoded = CacheCodec.DecodeFields(CacheCodec.Encode(entry.Fields), yaml);
            Assert.Equal(Describe(entry.Fields), Describe(decoded));

            MarkdownParseStage.Parse(entry);
            var findings = new MarkdownFindings(entry.Headings, LinkSiteCollector.Collect(entry));
            Assert.Equal(Describe(findings), Describe(CacheCodec.DecodeFindings(CacheCodec.Encode(findings))));
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

        Assert.Equal(new CacheUse(0, 0), first.Cache);
        // Four entries; the case's front matter, with a warning, is parsed again each time, so the warning is never lost.
        Assert.Equal(new CacheUse(3, 4), second.Cache);
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

        // The capability's front matter is unchanged and comes from the cache; its changed body is parsed again.
        Assert.Equal(new CacheUse(3, 2), result.Cache);
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

        Assert.Equal(new CacheUse(0, 0), damaged.Cache);
        Assert.Equal(expected, Lines(damaged));
        Assert.Equal(new CacheUse(3, 4), after.Cache);
        Assert.Equal(expected, Lines(after));
    }

    [Fact]
    public async Task A_record_that_cannot_be_read_under_a_sound_checksum_is_parsed_again_and_replaced()
    {
        var expected = Lines(await _catalogue.CheckAsync());
        await _catalogue.CheckAsync(CacheFile);
        // The file's layout: magic (4), build (16), count (4), checksum (8), then each record as key (16), length (4), bytes.
        var bytes = File.ReadAllBytes(CacheFile);
        const int header = 32;
        var length = BitConverter.ToInt32(bytes, header + 16);
        Array.Fill(bytes, (byte)0xFF, header + 20, length);
        BitConverter.GetBytes(System.IO.Hashing.XxHash3.HashToUInt64(bytes.AsSpan(header))).CopyTo(bytes, 24);
        File.WriteAllBytes(CacheFile, bytes);

        var damaged = await _catalogue.CheckAsync(CacheFile);
        var after = await _catalogue.CheckAsync(CacheFile);

        Assert.Equal(7, damaged.Cache!.FrontMatter + damaged.Cache.Markdown);
        Assert.Equal(expected, Lines(damaged));
        Assert.Equal(new CacheUse(4, 4), after.Cache);
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
        Assert.Equal(new CacheUse(0, 0), result.Cache);
        Assert.Empty(Directory.GetFiles(_catalogue.Root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task The_command_keeps_its_cache_in_the_users_cache_folder_unless_told_not_to()
    {
        var file = EntryCache.DefaultFile(_catalogue.Content) ?? throw new InvalidOperationException("no cache folder");
        // TestEnvironment points $XDG_CACHE_HOME at a folder of this test run.
        Assert.StartsWith(Environment.GetEnvironmentVariable("XDG_CACHE_HOME")!, file, StringComparison.Ordinal);
        try
        {
            var uncached = await CliRun.InProcessAsync("check", "--content", _catalogue.Content, "--no-cache", "--timings");
            Assert.Equal(0, uncached.ExitCode);
            Assert.False(File.Exists(file), $"--no-cache wrote {file}");
            Assert.DoesNotContain("cache reused", uncached.Output);

            await CliRun.InProcessAsync("check", "--content", _catalogue.Content);
            Assert.True(File.Exists(file), $"check wrote no cache at {file}");
            var cached = await CliRun.InProcessAsync("check", "--content", _catalogue.Content, "--timings");
            Assert.Equal(0, cached.ExitCode);
            Assert.Contains("cache reused the front matter of 4 and the Markdown of 4 of 4 entries", cached.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Links_from_the_cache_are_checked_again_against_what_they_point_at_now()
    {
        _catalogue
            .Edit("practices/co-design.md", "Designing together, as in [[acme-case]].",
                "Designing together, as in [[acme-case]], [[nowhere]] and [[acme-case|the pilot]] [@nobody-2020]. "
                + "See [pitfalls](co-design.md#pitfalls), [the story](../cases/acme-case.md#the-story), [a gap](../cases/acme-case.md#gap), "
                + "[gone](../cases/gone.md), [bad](javascript:alert(1)), <javascript:alert(2)> and <b>bold</b>.\n\n<div>block</div>")
            .Edit("cases/acme-case.md", "Engineers from both firms drew the service blueprint [@marcos-cuevas-2016, Table 2].",
                "Engineers drew <i>the</i> [[nowhere-else]] blueprint [@marcos-cuevas-2016, Table 2] [x](vbscript:y).");
        var uncached = Lines(await _catalogue.CheckAsync());
        Assert.True(uncached.Count >= 10, string.Join("\n", uncached));

        await _catalogue.CheckAsync(CacheFile);
        var second = await _catalogue.CheckAsync(CacheFile);
        Assert.Equal(new CacheUse(4, 4), second.Cache);
        Assert.Equal(uncached, Lines(second));

        // The practice is unchanged and its links come from the cache, but the section and the case they name are gone.
        _catalogue.Edit("cases/acme-case.md", "## The story", "## The account");
        var renamed = await _catalogue.CheckAsync(CacheFile);
        Assert.Equal(Lines(await _catalogue.CheckAsync()), Lines(renamed));
        Assert.Contains(renamed.Diagnostics, d => TestCatalogue.Rel(d) == "practices/co-design.md" && d.Message.Contains("no section of 'acme-case'", StringComparison.Ordinal));

        _catalogue.Remove("cases/acme-case.md");
        var removed = await _catalogue.CheckAsync(CacheFile);
        Assert.Equal(Lines(await _catalogue.CheckAsync()), Lines(removed));
        Assert.Equal(3, removed.Cache!.Markdown);
        Assert.Contains(removed.Diagnostics, d => TestCatalogue.Rel(d) == "practices/co-design.md" && d.Message == "unknown entry 'acme-case'");
    }

    [Fact]
    public async Task A_build_keeps_what_it_parsed_for_the_next_check_and_never_renders_from_the_cache()
    {
        var built = await new SiteBuilder(new BuildOptions(_catalogue.Content, _catalogue.Output, "https://example.org/", Search: false, CacheFile: CacheFile)).BuildAsync(write: true);
        Assert.True(built.Succeeded);
        // A build needs every tree to render, so it parses all the Markdown; only front matter can come from the cache.
        Assert.Equal(new CacheUse(0, 0), built.Cache);
        var rebuilt = await new SiteBuilder(new BuildOptions(_catalogue.Content, _catalogue.Output, "https://example.org/", Search: false, CacheFile: CacheFile)).BuildAsync(write: true);
        Assert.Equal(new CacheUse(4, 0), rebuilt.Cache);
        Assert.Contains("href=\"/cases/acme-case/\"", _catalogue.Page("practices/co-design"));

        Assert.Equal(new CacheUse(4, 4), (await _catalogue.CheckAsync(CacheFile)).Cache);
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 0x20;
        return copy;
    }

    private static List<string> Lines(BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToList();

    private static string Describe(MarkdownFindings findings) =>
        string.Join("; ", findings.Headings) + " | " + string.Join("; ", findings.Sites.Select(s => $"{s.Kind} {s.Target} {s.Field} {s.Offset}"));

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
