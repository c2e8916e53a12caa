using System.Diagnostics;
using Catalogue.Pipeline.Index;

namespace Catalogue.Benchmarks.Measure;

/// <summary>
/// Times the search index stage apart from the build: the generator's own indexer (the Pagefind pinned
/// in package.json, from the repository's node_modules) over a site built with --no-search.
/// </summary>
internal sealed class PagefindTimer(SearchIndexer indexer)
{
    /// <param name="repositoryFolder">A folder in the repository whose package.json pins Pagefind.</param>
    /// <returns>The timer, or why there is none (no package.json, or npm could not install it).</returns>
    public static async Task<(PagefindTimer? Timer, string? Problem)> FindAsync(string repositoryFolder)
    {
        if (NodeTools.Find(repositoryFolder) is not { } tools) return (null, $"no package.json above {repositoryFolder}");
        try
        {
            // Installed before any timing, so a first npm install is never counted as indexing.
            await tools.EnsureInstalledAsync(CancellationToken.None);
            return (new PagefindTimer(new SearchIndexer(tools)), null);
        }
        catch (NodeToolsException e)
        {
            return (null, e.Message);
        }
    }

    public async Task<double> TimeAsync(string site)
    {
        // Each run starts from an unindexed site, as a build's index stage does.
        var index = Path.Combine(site, "pagefind");
        if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
        var clock = Stopwatch.StartNew();
        await indexer.IndexAsync(site, CancellationToken.None);
        return clock.Elapsed.TotalMilliseconds;
    }
}
