using Catalogue.Benchmarks.Synthetic;
using Catalogue.Model;
using Catalogue.Pipeline;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Tests;

/// <summary>The benchmark catalogue: reproducible from its seed, valid, and shaped like the real content.</summary>
public sealed class SyntheticCatalogueTests : IDisposable
{
    private const int Entries = 200;
    private const int Seed = 7;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "catalogue-synthetic-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_same_size_and_seed_give_byte_identical_files()
    {
        var first = Generate("first");
        var second = Generate("second");
        var files = RelativeFiles(first);
        Assert.Equal(files, RelativeFiles(second));
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file);
        Assert.NotEqual(File.ReadAllText(Path.Combine(first, "sources.yaml")), File.ReadAllText(Path.Combine(Generate("other", Seed + 1), "sources.yaml")));
    }

    [Fact]
    public async Task The_catalogue_checks_with_no_errors_and_no_warnings()
    {
        var result = await new SiteBuilder(new BuildOptions(Generate("content"), Path.Combine(_root, "_site"), "https://example.org/", Search: false))
            .BuildAsync(write: false);
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(Entries, result.EntriesRead);
    }

    [Fact]
    public void Entry_and_source_counts_follow_the_type_mix()
    {
        var content = Generate("content");
        var mix = TypeMix.For(Entries);
        foreach (var (kind, count) in mix.Counts)
            Assert.Equal(count, EntryFiles.In(Path.Combine(content, kind.Folder)).Length);
        Assert.Equal(mix.Sources, File.ReadLines(Path.Combine(content, "sources.yaml")).Count(l => l.StartsWith("- id: ", StringComparison.Ordinal)));
        Assert.Equal(Entries, mix.Counts.Sum(c => c.Count));

        Assert.Equal([3, 8, 6, 3], new[] { EntryTypes.Dimension, EntryTypes.Practice, EntryTypes.Capability, EntryTypes.Page }.Select(mix.Count));
        // The rest keeps the real content's 8 cases : 33 concepts : 10 frameworks : 22 challenges, to within one entry.
        var rest = Entries - 3 - 8 - 6 - 3;
        foreach (var (kind, weight) in new[] { (EntryTypes.Case, 8), (EntryTypes.Concept, 33), (EntryTypes.Framework, 10), (EntryTypes.Challenge, 22) })
            Assert.InRange(mix.Count(kind), rest * weight / 73, rest * weight / 73 + 1);
    }

    private string Generate(string name, int seed = Seed)
    {
        var folder = Path.Combine(_root, name);
        CatalogueFolder.Write(folder, SyntheticCatalogue.Generate(Entries, seed));
        return folder;
    }

    private static List<string> RelativeFiles(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
