using System.Collections.Concurrent;
using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.Link;
using Catalogue.Pipeline.Parse;
using Catalogue.Pipeline.Read;
using Catalogue.Pipeline.Validate;

namespace Catalogue.Pipeline;

/// <summary>The content, read, checked and linked: everything a build renders and a check reports on.</summary>
public sealed record LoadedCatalogue(SiteIndex Index, LinkGraph Graph, int EntriesRead);

/// <summary>The stages up to rendering: find → read → validate → link. `check` stops here.</summary>
public sealed class CatalogueLoader(ContentPaths paths, string? baseUrl, DiagnosticBag diagnostics, StageTimings timings)
{
    public LoadedCatalogue Load()
    {
        var config = SiteConfigReader.Read(paths.SiteFile, paths.Display(paths.SiteFile), baseUrl, diagnostics);
        var files = timings.Measure("find", () => new ContentFinder(paths, diagnostics).FindEntries());

        var entries = timings.Measure("read", () =>
        {
            var read = new ConcurrentBag<Entry>();
            Parallel.ForEach(files, file =>
            {
                if (EntryReader.Read(file, diagnostics) is { } entry)
                {
                    MarkdownParseStage.Parse(entry);
                    read.Add(entry);
                }
            });
            return read.OrderBy(e => e.RelativePath, StringComparer.Ordinal).ToList();
        });
        var sources = timings.Measure("sources", () => SourcesReader.Read(paths.SourcesFile, paths.Display(paths.SourcesFile), diagnostics));

        timings.Measure("validate", () =>
        {
            var validator = new EntryValidator(diagnostics);
            Parallel.ForEach(entries, validator.Validate);
            validator.ValidateAll(entries);
            return 0;
        });

        var unread = new UnreadContent(files.Select(f => f.Id).Except(entries.Select(e => e.Id)).ToHashSet(), Bibliography: sources is null);
        var index = new SiteIndex(entries, sources ?? [], config);
        var graph = timings.Measure("link", () => new LinkResolver(index, diagnostics, unread).Resolve());
        ReportUncitedSources(index, graph);
        return new LoadedCatalogue(index, graph, files.Count);
    }

    private void ReportUncitedSources(SiteIndex index, LinkGraph graph)
    {
        foreach (var source in index.Sources.Where(s => graph.EntriesCiting(s.Id).Count == 0))
            diagnostics.Warning(Codes.UncitedSource, source.At,
                $"no entry cites the source '{source.Id}'", "cite it from an entry or remove it from sources.yaml");
    }
}
