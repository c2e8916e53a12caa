namespace Catalogue.Pipeline.Index;

/// <summary>
/// Index stage: runs Pagefind (pinned in package.json) over the rendered site, installing it with
/// npm the first time. Runs on the staging folder, so a failed index never reaches the live site.
/// </summary>
internal sealed class SearchIndexer(NodeTools tools)
{
    public async Task IndexAsync(string site, CancellationToken cancel)
    {
        await tools.EnsureInstalledAsync(cancel);
        if (!await tools.RunAsync(tools.Bin("pagefind"), ["--site", site, "--silent"], cancel, quietFailure: false))
            throw new NodeToolsException("Pagefind could not index the site; run the build again with --no-search to publish without search.");
    }
}
