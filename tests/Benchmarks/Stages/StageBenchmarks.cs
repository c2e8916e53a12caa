using BenchmarkDotNet.Attributes;
using Catalogue.Benchmarks.Synthetic;
using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.History;
using Catalogue.Pipeline.Link;
using Catalogue.Pipeline.Parse;
using Catalogue.Pipeline.Read;
using Catalogue.Rendering;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Benchmarks.Stages;

/// <summary>
/// The generator's inner stages, in process, on a synthetic catalogue: what one entry costs to read and
/// to render, and what the link stage and the whole load cost for N entries. Run by `catalogue-bench stages`.
/// </summary>
public class StageBenchmarks
{
    private static readonly UnreadContent NothingUnread = new(new HashSet<string>(), Bibliography: false);

    /// <summary>Set by `catalogue-bench stages --entries`; the benchmarks run in this process, so they see it.</summary>
    public static int ConfiguredEntries { get; set; } = 1000;

    public static IEnumerable<int> EntryCounts => [ConfiguredEntries];

    [ParamsSource(nameof(EntryCounts))]
    public int Entries { get; set; }

    private string _folder = "";
    private ContentPaths _paths = null!;
    private ContentFile _entryFile = null!;
    private LoadedCatalogue _catalogue = null!;
    private SiteModel _site = null!;
    private PlannedPage _entryPage = null!;
    private ComponentRenderer _renderer = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "catalogue-bench", $"stages-{Entries}");
        CatalogueFolder.Write(_folder, SyntheticCatalogue.Generate(Entries, seed: 1));
        _paths = new ContentPaths(_folder);
        _catalogue = LoadCatalogue();
        // Representative: the entry file of median size among those with a page of their own.
        var files = new ContentFinder(_paths, new DiagnosticBag()).FindEntries()
            .Where(f => f.Kind != EntryTypes.Page)
            .OrderBy(f => new FileInfo(f.FullPath).Length).ThenBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
        _entryFile = files[files.Count / 2];
        _site = new SiteModel(_catalogue, ThemeAssets.Embedded, await GitHistory.ReadAsync(_folder));
        var entryPath = SiteIndex.PathOf(_catalogue.Index.Find(_entryFile.Id)!);
        _entryPage = _site.Pages.Single(p => p.SitePath == entryPath);
        _renderer = new ComponentRenderer();
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _renderer.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    // The benchmarks return object: the generator's types are internal, and BenchmarkDotNet's generated code calls these methods.
    [Benchmark(Description = "read + parse one entry")]
    public object ReadEntry()
    {
        var entry = EntryReader.Read(_entryFile, new DiagnosticBag()) ?? throw new InvalidOperationException($"{_entryFile.DisplayPath} did not read");
        MarkdownParseStage.Parse(entry);
        return entry;
    }

    /// <summary>Resolving again finds the links already resolved and resolves them the same way, so every run does the same work.</summary>
    [Benchmark(Description = "link stage, all entries")]
    public object Link() => new LinkResolver(_catalogue.Index, new DiagnosticBag(), NothingUnread).Resolve();

    [Benchmark(Description = "render one entry page")]
    public Task<ReadOnlyMemory<byte>> RenderEntryPage() => _site.Renderer.RenderPageAsync(_renderer, _entryPage);

    [Benchmark(Description = "CatalogueLoader.Load, all entries")]
    public object Load() => LoadCatalogue();

    private LoadedCatalogue LoadCatalogue() => new CatalogueLoader(_paths, baseUrl: null, new DiagnosticBag(), new StageTimings()).Load();
}
