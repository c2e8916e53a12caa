using Catalogue.Diagnostics;
using Catalogue.Markdown;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.Link;

namespace Catalogue.Tests;

/// <summary>
/// The preview reloads only the files a save touched. Whatever it keeps from before must be exactly what
/// a full load of the changed content gives, or the preview would show a site no build makes.
/// </summary>
public sealed class IncrementalReloadTests : IDisposable
{
    private const string Case = "cases/bekaert-carding.md";
    private readonly RealContentCopy _content = new();

    private LoadedCatalogue Load() => Loader().Load();

    private CatalogueLoader Loader() => new(new ContentPaths(_content.Content), null, new DiagnosticBag(), new StageTimings());

    private void Edit(string find, string replace, string file = Case)
    {
        var path = Path.Combine(_content.Content, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
    }

    [Fact]
    public void Reloading_a_changed_case_gives_the_links_titles_and_related_entries_of_a_full_load()
    {
        var before = Load();
        var ranker = new RelatedRanker(before.Graph, _ => true);
        foreach (var entry in before.Index.Entries) ranker.For(entry.Id, 6);

        // A new title, one practice of the matrix swapped for another, a concept linked from the text, a source cited.
        Edit("title: Bekaert carding solutions", "title: Bekaert carding services");
        Edit("  - practice: co-evaluation", "  - practice: co-testing");
        Edit("[[sustained-purposeful-engagement]]", "[[sustained-purposeful-engagement]] and [[champions]]");
        Edit("sources: [marcos-cuevas-2016]", "sources: [marcos-cuevas-2016, grover-2012]");
        // In a second file saved at once: a hand-picked relation dropped and another added.
        const string Champions = "concepts/champions.md";
        Edit("related: [key-person-turnover, partnership-development-stages, social-capital,", "related: [key-person-turnover, partnership-development-stages, bekaert-carding,", Champions);

        var reload = Loader().Reload(before, [Path.Combine(_content.Content, Case), Path.Combine(_content.Content, Champions)]);
        var full = Load();

        Assert.NotNull(reload);
        var (after, changed) = (reload.Catalogue, reload.Changed);
        Assert.Equal(["bekaert-carding", "champions"], changed.Order());
        Assert.Equal(full.Index.Entries.Select(e => e.Id), after.Index.Entries.Select(e => e.Id));
        Assert.Equal(full.Graph.Edges, after.Graph.Edges);
        foreach (var entry in full.Index.Entries)
        {
            Assert.Equal(full.Graph.LinksTo(entry.Id), after.Graph.LinksTo(entry.Id));
            Assert.Equal(full.Graph.HandPicked(entry.Id), after.Graph.HandPicked(entry.Id));
            Assert.Equal(full.Graph.SourcesCitedBy(entry.Id), after.Graph.SourcesCitedBy(entry.Id));
        }

        // Entries linking to the case were linked again, so their text names it by its new title.
        Assert.Contains(">Bekaert carding services</a>", MarkdownSyntax.ToHtml(after.Index.Find("individuated")!.Document!));

        // Kept rankings and fresh ones agree for every entry, not only those near the case.
        var kept = ranker.After(after.Graph, _ => true, changed);
        var fresh = new RelatedRanker(full.Graph, _ => true);
        foreach (var entry in full.Index.Entries)
            Assert.Equal(fresh.For(entry.Id, 6), kept.For(entry.Id, 6), RelatedComparer.Instance);
    }

    [Fact]
    public void A_new_entry_file_a_removed_one_or_the_sources_need_a_full_load()
    {
        var before = Load();
        Assert.Null(Loader().Reload(before, [Path.Combine(_content.Content, "sources.yaml")]));

        var added = Path.Combine(_content.Content, "concepts", "brand-new.md");
        File.WriteAllText(added, "---\ntitle: New\nsummary: New.\n---\n");
        Assert.Null(Loader().Reload(before, [added]));

        File.Delete(Path.Combine(_content.Content, Case));
        Assert.Null(Loader().Reload(before, [Path.Combine(_content.Content, Case)]));
    }

    [Fact]
    public void A_file_that_is_no_entry_changes_nothing()
    {
        var before = Load();
        var notes = Path.Combine(_content.Content, "cases", "notes.txt");
        File.WriteAllText(notes, "draft");
        var reload = Loader().Reload(before, [notes]);
        Assert.NotNull(reload);
        Assert.Empty(reload.Changed);
    }

    private sealed class RelatedComparer : IEqualityComparer<RelatedEntry>
    {
        public static readonly RelatedComparer Instance = new();

        public bool Equals(RelatedEntry? x, RelatedEntry? y) =>
            x is not null && y is not null && x.Id == y.Id && Math.Abs(x.Score - y.Score) < 1e-9
            && x.HandPicked == y.HandPicked && x.Linked == y.Linked && x.Shared.SequenceEqual(y.Shared);

        public int GetHashCode(RelatedEntry obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }

    public void Dispose() => _content.Dispose();
}
