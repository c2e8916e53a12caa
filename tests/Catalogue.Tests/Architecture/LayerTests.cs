using System.Text.RegularExpressions;
using Catalogue.Pipeline;
using Catalogue.Tests.Architecture.DeliberateCycle.Low;

namespace Catalogue.Tests.Architecture;

/// <summary>The generator's folders form the layers of <see cref="Layers"/>: no circles, no use of a higher layer.</summary>
public partial class LayerTests
{
    private static readonly Lazy<FolderGraph> Generator = new(() => FolderGraph.Of(typeof(SiteBuilder).Assembly, Layers.Namespace));

    [Fact]
    public void No_folders_use_each_other_in_a_circle() => AssertNone(Generator.Value.Cycles());

    [Fact]
    public void No_folder_uses_a_folder_of_a_higher_layer() => AssertNone(Generator.Value.UsesNotDownward(Layers.LowestFirst));

    [Fact]
    public void Every_folder_is_in_one_layer_and_every_layered_folder_exists()
    {
        var layered = Layers.LowestFirst.SelectMany(l => l.Folders).ToList();
        Assert.Equal(layered.Count, layered.Distinct().Count());
        Assert.Equal(Generator.Value.Folders.Order(StringComparer.Ordinal), layered.Order(StringComparer.Ordinal));
    }

    /// <summary>The same checker, on two folders of this project that use each other on purpose: it must see the circle, and the use of the higher one.</summary>
    [Fact]
    public void The_checker_reports_a_deliberate_circle_and_its_upward_use()
    {
        var graph = FolderGraph.Of(typeof(Floor).Assembly, "Catalogue.Tests.Architecture.DeliberateCycle");

        Assert.Equal(["High → Low (Roof uses Floor); Low → High (Floor uses Roof)"], graph.Cycles());
        Assert.Equal(["Low → High (Floor uses Roof)"], graph.UsesNotDownward([new("Low", ["Low"]), new("High", ["High"])]));
    }

    /// <summary>Types another assembly needs, each with the reason; the tests and benchmarks see internals, the theme none of the generator's.</summary>
    private static readonly Dictionary<string, string> PublicByNeed = [];

    [Fact]
    public void No_type_is_public_unless_another_assembly_needs_it() =>
        AssertNone([.. typeof(SiteBuilder).Assembly.GetTypes().Where(t => t.IsVisible).Select(t => t.FullName!)
            .Except(PublicByNeed.Keys).Select(name => $"{name} is public, and no other assembly needs it")]);

    /// <summary>The diagram in "How the generator is built" shows the layers, highest first, as declared.</summary>
    [Fact]
    public void The_readme_diagram_shows_the_declared_layers()
    {
        var readme = File.ReadAllText(Path.Combine(RealSiteFixture.RepositoryRoot, "README.md"));
        var section = readme[readme.IndexOf("## How the generator is built", StringComparison.Ordinal)..];
        var diagram = MermaidBlock().Match(section).Groups[1].Value;
        Assert.Equal(Layers.LowestFirst.Reverse().Select(l => l.ToString()), NodeLabel().Matches(diagram).Select(m => m.Groups[1].Value));
    }

    /// <summary>Fails with every problem on a line of its own; Assert.Empty would cut them short.</summary>
    private static void AssertNone(IReadOnlyList<string> problems)
    {
        if (problems.Count > 0) Assert.Fail(string.Join('\n', problems));
    }

    [GeneratedRegex(@"```mermaid\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();

    [GeneratedRegex("""\["([^"]+)"\]""")]
    private static partial Regex NodeLabel();
}
