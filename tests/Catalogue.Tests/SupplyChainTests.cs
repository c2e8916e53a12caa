using System.Text.Json.Nodes;
using System.Xml.Linq;
using YamlDotNet.RepresentationModel;

namespace Catalogue.Tests;

/// <summary>
/// Every dependency stays pinned with its hash: a NuGet lock file per project that a locked restore (CI)
/// accepts, an npm lock file that `npm ci` accepts, and Dependabot proposing updates for each ecosystem.
/// </summary>
public class SupplyChainTests
{
    private static readonly string Root = RealSiteFixture.RepositoryRoot;

    private static JsonNode ReadJson(params string[] path) => JsonNode.Parse(File.ReadAllText(Path.Combine([Root, .. path])))!;

    public static TheoryData<string> Projects() =>
    [
        .. Directory.GetFiles(Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Intersect(["bin", "obj", "node_modules"]).Any())
            .Select(p => Path.GetRelativePath(Root, p)),
    ];

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_project_locks_each_of_its_packages_at_the_central_version(string project)
    {
        var central = XDocument.Load(Path.Combine(Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!);
        var lockFile = Path.Combine(Path.GetDirectoryName(project)!, "packages.lock.json");
        Assert.True(File.Exists(Path.Combine(Root, lockFile)), $"{lockFile} is missing: run 'dotnet restore' and commit it");
        var locked = ReadJson(lockFile)["dependencies"]!["net10.0"]!.AsObject();

        foreach (var name in XDocument.Load(Path.Combine(Root, project)).Descendants("PackageReference").Select(p => (string)p.Attribute("Include")!))
        {
            Assert.True(locked.ContainsKey(name), $"{lockFile} does not lock {name}: run 'dotnet restore' and commit it");
            Assert.Equal(central[name], (string?)locked[name]!["resolved"]);
            Assert.False(string.IsNullOrEmpty((string?)locked[name]!["contentHash"]));
        }
    }

    [Fact]
    public void CI_restores_in_locked_mode()
    {
        var properties = XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants().ToList();
        Assert.Equal("true", properties.Single(p => p.Name == "RestorePackagesWithLockFile").Value);
        var locked = properties.Single(p => p.Name == "RestoreLockedMode");
        Assert.Equal("true", locked.Value);
        Assert.Equal("'$(CI)' == 'true'", (string?)locked.Attribute("Condition"));
    }

    /// <summary>`npm ci` refuses a lock file that misses any package another one asks for, other platforms' optional binaries included.</summary>
    [Fact]
    public void The_npm_lock_file_has_every_package_npm_ci_needs_with_its_hash()
    {
        var packages = ReadJson("package-lock.json")["packages"]!.AsObject();
        foreach (var (name, version) in ReadJson("package.json")["devDependencies"]!.AsObject())
            Assert.Equal((string?)version, (string?)packages["node_modules/" + name]?["version"]);
        foreach (var (path, package) in packages.Where(p => p.Key != ""))
        {
            Assert.False(string.IsNullOrEmpty((string?)package!["integrity"]), $"{path} has no integrity hash");
            var needs = new[] { "dependencies", "optionalDependencies" }.SelectMany(k => package[k]?.AsObject().Select(d => d.Key) ?? []);
            Assert.All(needs, dependency => Assert.True(packages.ContainsKey("node_modules/" + dependency), $"{path} needs {dependency}, which the lock file lacks"));
        }
    }

    [Fact]
    public void Dependabot_updates_the_NuGet_and_npm_packages_and_the_actions()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Root, ".github", "dependabot.yml"))));
        var updates = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode)["updates"];
        var ecosystems = updates.Cast<YamlMappingNode>().Select(u => ((YamlScalarNode)u["package-ecosystem"]).Value);
        Assert.Equal(["github-actions", "npm", "nuget"], ecosystems.Order());
    }
}
