using Catalogue.Pipeline.Link;

namespace Catalogue.Tests;

public class RelatedRankerTests
{
    private static LinkEdge Body(string from, string to) => new(from, to, "body");
    private static LinkEdge Related(string from, string to) => new(from, to, LinkGraph.RelatedField);

    private static RelatedRanker Ranker(IEnumerable<LinkEdge> edges, IEnumerable<(string, string)>? citations = null, Func<string, bool>? candidate = null, int hubLimit = RelatedRanker.DefaultHubLimit) =>
        new(LinkGraph.Of(edges, citations ?? []), candidate ?? (_ => true), hubLimit);

    private static string[] Ids(IEnumerable<RelatedEntry> ranked) => ranked.Select(r => r.Id).ToArray();

    [Fact]
    public void Sharing_a_rare_neighbour_counts_more_than_sharing_a_common_one()
    {
        // a and b share the niche concept x; a, c, d, e and f all link to the widely used practice p.
        var ranker = Ranker([
            Body("a", "x"), Body("b", "x"),
            Body("a", "p"), Body("c", "p"), Body("d", "p"), Body("e", "p"), Body("f", "p"),
        ]);
        var ranked = ranker.For("a", 10);
        Assert.Equal("b", ranked[0].Id);
        Assert.Equal(["b", "c", "d", "e", "f", "p", "x"], Ids(ranked).Order());
        Assert.True(ranked[0].Score > ranked.Single(r => r.Id == "c").Score);
    }

    [Fact]
    public void More_shared_neighbours_rank_higher()
    {
        var ranker = Ranker([
            Body("a", "x"), Body("a", "y"),
            Body("b", "x"), Body("b", "y"),
            Body("c", "x"),
        ]);
        Assert.Equal(["b", "c"], Ids(ranker.For("a", 10)).Where(id => id is "b" or "c"));
        // y is shared by two entries, x by three: the rarer one is named first.
        Assert.Equal(["y", "x"], ranker.For("a", 10).Single(r => r.Id == "b").Shared.Select(s => s.Id));
    }

    [Fact]
    public void A_hand_picked_relation_counts_both_ways_and_outranks_shared_neighbours()
    {
        // b names a under 'related'; c shares two neighbours with a but nobody picked it.
        var ranker = Ranker([
            Related("b", "a"),
            Body("a", "x"), Body("a", "y"), Body("c", "x"), Body("c", "y"),
        ]);
        var ranked = ranker.For("a", 10);
        Assert.Equal("b", ranked[0].Id);
        Assert.True(ranked[0].HandPicked);
        Assert.Contains("a", Ids(ranker.For("b", 10)));
    }

    [Fact]
    public void Citing_the_same_rare_source_relates_two_entries_that_never_link()
    {
        var ranker = Ranker([], [("a", "rare-2012"), ("b", "rare-2012"), ("a", "common-2016"), ("c", "common-2016"), ("d", "common-2016"), ("e", "common-2016")]);
        var ranked = ranker.For("a", 10);
        Assert.Equal("b", ranked[0].Id);
        Assert.Equal(new SharedNeighbour("rare-2012", IsSource: true), Assert.Single(ranked[0].Shared));
    }

    [Fact]
    public void A_direct_link_counts_even_when_nothing_else_is_shared()
    {
        var ranked = Ranker([Body("a", "b")]).For("a", 10);
        var b = Assert.Single(ranked);
        Assert.True(b.Linked);
        Assert.Empty(b.Shared);
    }

    [Fact]
    public void Neighbours_shared_by_more_entries_than_the_hub_limit_are_not_followed()
    {
        var edges = Enumerable.Range(0, 5).Select(i => Body($"e{i}", "hub")).Append(Body("e0", "niche")).Append(Body("e1", "niche"));
        var ranked = Ranker(edges, hubLimit: 3).For("e0", 10);
        Assert.Equal(["e1", "hub", "niche"], Ids(ranked).Order());
    }

    [Fact]
    public void Entries_that_are_not_candidates_and_the_entry_itself_are_never_suggested_nor_shared()
    {
        // The free page "about" links to a and c: that does not make c related to a.
        var ranked = Ranker([Body("a", "x"), Body("b", "x"), Body("about", "x"), Body("about", "a"), Body("about", "c")], candidate: id => id != "about").For("a", 10);
        Assert.Equal(["b", "x"], Ids(ranked).Order());
    }

    [Fact]
    public void Ties_are_broken_by_id_so_the_ranking_is_reproducible()
    {
        var ranker = Ranker([Body("a", "x"), Body("d", "x"), Body("b", "x"), Body("c", "x")]);
        Assert.Equal(["b", "c", "d", "x"], Ids(ranker.For("a", 10)));
        Assert.Equal(["b", "c"], Ids(ranker.For("a", 2)));
    }
}
