using Catalogue.Pipeline;
using Catalogue.Serve;

namespace Catalogue.Tests;

/// <summary>The preview's two steps after a save, and what happens when the second is cut short by the next save.</summary>
public sealed class PreviewSessionTests : IDisposable
{
    private readonly TestCatalogue _catalogue = new();
    private string Preview => Path.Combine(_catalogue.Root, "_preview");
    private string Case => _catalogue.Content + "/cases/acme-case.md";

    private string Page(string sitePath) => File.ReadAllText(Path.Combine(Preview, sitePath, "index.html"));

    [Fact]
    public async Task Pages_left_by_an_interrupted_second_step_are_written_by_the_next_update()
    {
        // A page that shares nothing with the case, for the second save.
        _catalogue.Write("pages/about.md", "---\ntitle: About\nsummary: About this catalogue.\n---\nWritten for tests.\n");
        var session = new PreviewSession(new BuildOptions(_catalogue.Content, Preview, null, Search: false), null);
        Assert.True((await session.UpdateAsync([], default)).Full);

        _catalogue.Edit("cases/acme-case.md", "title: Acme pilot", "title: Acme service pilot");
        var own = await session.UpdateAsync([Case], default);
        Assert.Equal(["/cases/acme-case/"], own.Pages);
        Assert.Contains("Acme service pilot", Page("cases/acme-case"));
        Assert.DoesNotContain("Acme service pilot", Page("practices/co-design"));

        // The next save comes before the practice page, which shows the case's title, was written.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.CompleteAsync(new CancellationToken(canceled: true)));
        _catalogue.Edit("pages/about.md", "title: About", "title: About us");
        await session.UpdateAsync([_catalogue.Content + "/pages/about.md"], default);
        var rest = await session.CompleteAsync(default);

        Assert.Contains("/practices/co-design/", rest.Pages!);
        Assert.Contains("Acme service pilot", Page("practices/co-design"));
        Assert.False(session.HasPendingWork);
    }

    [Fact]
    public async Task A_second_step_put_off_by_the_next_save_is_written_by_the_next_update()
    {
        _catalogue.Write("pages/about.md", "---\ntitle: About\nsummary: About this catalogue.\n---\nWritten for tests.\n");
        var session = new PreviewSession(new BuildOptions(_catalogue.Content, Preview, null, Search: false), null);
        await session.UpdateAsync([], default);

        _catalogue.Edit("cases/acme-case.md", "title: Acme pilot", "title: Acme service pilot");
        await session.UpdateAsync([Case], default);
        // The next save comes while the preview waits for a pause before writing the rest.
        session.Postpone();
        Assert.False(session.HasPendingWork);
        _catalogue.Edit("pages/about.md", "title: About", "title: About us");
        await session.UpdateAsync([_catalogue.Content + "/pages/about.md"], default);
        Assert.DoesNotContain("Acme service pilot", Page("practices/co-design"));
        var rest = await session.CompleteAsync(default);

        Assert.Contains("/practices/co-design/", rest.Pages!);
        Assert.Contains("Acme service pilot", Page("practices/co-design"));
    }

    public void Dispose() => _catalogue.Dispose();
}
