using Catalogue.Pipeline.Link;
using Xunit;

namespace Catalogue.Tests;

public class LayeredCacheTests
{
    private static LayeredCache<string, string> Cache() => new(key => key, StringComparer.Ordinal);

    [Fact]
    public void The_next_version_reads_what_still_holds_and_works_out_again_what_a_change_made_stale()
    {
        var first = Cache();
        first.GetOrAdd("a", _ => "a1");
        first.GetOrAdd("b", _ => "b1");

        var next = first.After(new HashSet<string> { "b" });

        Assert.Equal("a1", next.GetOrAdd("a", _ => "a2"));
        Assert.Equal("b2", next.GetOrAdd("b", _ => "b2"));
        Assert.Equal("b1", first.GetOrAdd("b", _ => "b3"));
    }

    [Fact]
    public void Stale_keys_add_up_over_versions_and_values_worked_out_between_them_are_carried_on()
    {
        var first = Cache();
        foreach (var key in new[] { "a", "b", "c" }) first.GetOrAdd(key, k => k + "1");

        var second = first.After(new HashSet<string> { "a" });
        Assert.Equal("a2", second.GetOrAdd("a", _ => "a2"));
        var third = second.After(new HashSet<string> { "b" });

        Assert.Equal("a2", third.GetOrAdd("a", _ => "a3"));
        Assert.Equal("b3", third.GetOrAdd("b", _ => "b3"));
        Assert.Equal("c1", third.GetOrAdd("c", _ => "c3"));

        var fourth = third.After(new HashSet<string> { "a" });
        Assert.Equal("a4", fourth.GetOrAdd("a", _ => "a4"));
        Assert.Equal("b3", fourth.GetOrAdd("b", _ => "b4"));
    }
}
