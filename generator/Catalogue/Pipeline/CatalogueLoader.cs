using System.Collections.Concurrent;
using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Pipeline.Cache;
using Catalogue.Pipeline.Figures;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.Link;
using Catalogue.Pipeline.Read;
using Catalogue.Pipeline.Validate;

namespace Catalogue.Pipeline;

/// <summary>The content, read, checked and linked: everything a build renders and a check reports on.</summary>
internal sealed record LoadedCatalogue(SiteIndex Index, LinkGraph Graph, int EntriesRead);

/// <summary>A catalogue loaded again after a save: the entries read again, and those linked again (they and the entries linking to them).</summary>
internal sealed record CatalogueReload(LoadedCatalogue Catalogue, IReadOnlySet<string> Changed, IReadOnlyList<Entry> Relinked);

/// <summary>The stages up to rendering: find → read → link (which parses the Markdown) → validate. `check` stops here.</summary>
/// <param name="keepTrees">False when nothing will be rendered: the Markdown trees go entry by entry as they are linked.</param>
/// <param name="cache">What earlier runs found in each entry file; what this run found is saved to it after linking.</param>
internal sealed class CatalogueLoader(ContentPaths paths, string? baseUrl, DiagnosticBag diagnostics, StageTimings timings, bool keepTrees = true, EntryCache? cache = null)
{
    public LoadedCatalogue Load()
    {
        var config = SiteConfigReader.Read(paths.SiteFile, paths.Display(paths.SiteFile), baseUrl, diagnostics);
        var found = timings.Measure("find", () => new ContentFinder(paths, diagnostics).Find());
        var files = found.Entries;

        var entries = timings.Measure("read", () =>
        {
            var read = new ConcurrentBag<Entry>();
            Parallel.ForEach(files, file =>
            {
                if (EntryReader.Read(file, diagnostics, cache) is { } entry) read.Add(entry);
            });
            return read.OrderBy(e => e.RelativePath, StringComparer.Ordinal).ToList();
        });
        var sources = timings.Measure("sources", () => SourcesReader.Read(paths.SourcesFile, paths.Display(paths.SourcesFile), diagnostics));

        var unread = new UnreadContent(files.Select(f => f.Id).Except(entries.Select(e => e.Id)).ToHashSet(), Bibliography: sources is null);
        var index = new SiteIndex(entries, sources ?? [], config, paths.Model, SectionReader.Read(found.Sections, diagnostics));
        var graph = timings.Measure("link", () => new LinkResolver(index, diagnostics, unread, keepTrees, cache).Resolve());
        if (cache is not null) timings.Measure("cache", cache.Save);
        // An entry that could not be read cites nothing the graph knows of, so a source only it cites would be called uncited.
        if (unread.EntryIds.Count == 0) ReportUncitedSources(index, graph);

        timings.Measure("validate", () =>
        {
            var validator = new EntryValidator(diagnostics);
            Parallel.ForEach(entries, validator.Validate);
            validator.ValidateAll(entries);
            return 0;
        });
        return new LoadedCatalogue(index, graph, files.Count);
    }

    /// <summary>
    /// The previous catalogue with the given entry files read, checked and linked again, and the entries
    /// linking to them linked again (they show the changed titles); every other entry is taken as it was.
    /// Null when only a full load will do: nothing said what changed, an entry file added or removed, or
    /// a change to the sources or the settings. Other files (an editor's temporary file, a picture) are
    /// no entries and change nothing.
    /// </summary>
    /// <remarks>Run on a catalogue that loaded without errors, so what the others said about themselves still holds.</remarks>
    public CatalogueReload? Reload(LoadedCatalogue previous, IReadOnlyCollection<string> changedFiles)
    {
        if (changedFiles.Count == 0) return null;
        var settings = new[] { paths.SourcesFile, paths.SiteFile }.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var files = new List<ContentFile>();
        foreach (var full in changedFiles.Select(Path.GetFullPath).Distinct())
        {
            if (settings.Contains(full)) return null;
            if (previous.Index.ByPath.GetValueOrDefault(paths.Relative(full)) is not { } old)
            {
                if (full.EndsWith(".md", StringComparison.Ordinal)) return null;
                // A figure's image: everything is built again, its unchanged images taken from the figure cache.
                if (FigureRules.Extensions.ContainsKey(Path.GetExtension(full))) return null;
                continue; // not an entry: an editor's temporary file
            }
            if (!File.Exists(full) || !paths.StaysInside(full)) return null;
            files.Add(new ContentFile(full, old.RelativePath, old.File, old.Kind));
        }

        var reread = files.Select(file => EntryReader.Read(file, diagnostics)).OfType<Entry>().ToList();
        var changed = reread.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var index = previous.Index.With(reread);
        var relink = changed.SelectMany(previous.Graph.LinksTo).Concat(changed).Distinct().Select(index.Find).OfType<Entry>().ToList();
        var graph = timings.Measure("link", () => new LinkResolver(index, diagnostics, new UnreadContent(new HashSet<string>(), false)).Resolve(relink, previous.Graph));
        var validator = new EntryValidator(diagnostics);
        reread.ForEach(validator.Validate);
        return new CatalogueReload(new LoadedCatalogue(index, graph, previous.EntriesRead), changed, relink);
    }

    private void ReportUncitedSources(SiteIndex index, LinkGraph graph)
    {
        foreach (var source in index.Sources.Where(s => graph.EntriesCiting(s.Id).Count == 0))
            diagnostics.Warning(Codes.UncitedSource, source.At,
                $"no entry cites the source '{source.Id}'", "cite it from an entry or remove it from sources.yaml");
    }
}
