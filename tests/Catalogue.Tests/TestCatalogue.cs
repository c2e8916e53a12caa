using Catalogue.Diagnostics;
using Catalogue.Pipeline;

using Catalogue.Model.Types;

namespace Catalogue.Tests;

/// <summary>A small valid catalogue in a temporary folder, which each test bends into the case it needs.</summary>
internal sealed class TestCatalogue : IDisposable
{
    public TestCatalogue()
    {
        Root = Path.Combine(Path.GetTempPath(), "catalogue-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Content);
        Write("sources.yaml", """
            - id: marcos-cuevas-2016
              authors: ["Marcos-Cuevas, J.", "Nätti, S."]
              year: 2016
              title: Value co-creation practices and capabilities
              venue: Industrial Marketing Management
            """);
        // What each folder says of itself, as the real content's folders do.
        foreach (var folder in new[] { "dimensions", "practices", "capabilities", "cases", "concepts", "frameworks", "challenges" })
            File.Copy(Path.Combine(RealSiteFixture.RepositoryRoot, "content", folder, "_index.md"), Path.Combine(Directory.CreateDirectory(Path.Combine(Content, folder)).FullName, "_index.md"));
        Write("dimensions/materializing.md", """
            ---
            title: Materializing
            summary: Practices that turn ideas into offerings.
            sources: [marcos-cuevas-2016]
            order: 1
            ---
            Materializing practices make ideas real.
            """);
        Write("capabilities/empowered.md", """
            ---
            title: Empowered interaction capability
            summary: Letting customers shape the terms of the exchange.
            definition_source: marcos-cuevas-2016
            sources: [marcos-cuevas-2016]
            ---
            ## What it is
            Power shared [@marcos-cuevas-2016, Table 1].
            ## How it shows in practice
            Joint decisions.
            ## How to build it
            Share the agenda.
            """);
        Write("practices/co-design.md", """
            ---
            title: Co-design
            summary: Customer and supplier design the offering together.
            dimension: materializing
            sources: [marcos-cuevas-2016]
            capabilities:
              - capability: empowered
                how: Customers steer design choices [@marcos-cuevas-2016, Table 1].
            workshop:
              duration: {min: 60, max: 90}
              group_size: {min: 4, max: 10}
              difficulty: moderate
              materials: [paper]
              steps: [Sketch options together.]
            ---
            ## What it is
            Designing together, as in [[acme-case]].
            ## Why it matters
            Fit.
            ## How to run it
            Workshops.
            ## Signals it is working
            Shared sketches.
            ## Pitfalls
            Token involvement.
            """);
        Write("cases/acme-case.md", """
            ---
            title: Acme pilot
            summary: A supplier and its customer designed a service together.
            organization: Acme
            industry: Manufacturing
            offering: A maintenance service
            sources: [marcos-cuevas-2016]
            practices:
              - practice: co-design
                activities:
                  - Engineers from both firms drew the service blueprint [@marcos-cuevas-2016, Table 2].
            capabilities:
              - capability: empowered
                evidence: The customer chose the service levels [@marcos-cuevas-2016, Table 2].
                interpretation: true
                reason: The source does not name this capability for the case.
            outcomes:
              - Downtime fell [@marcos-cuevas-2016, Table 2].
            ---
            ## The story
            Acme worked with its customer on [[co-design|designing the service]].
            """);
    }

    public string Root { get; }
    public string Content => Path.Combine(Root, "content");
    public string Output => Path.Combine(Root, "_site");

    public TestCatalogue Write(string relativePath, string text)
    {
        var path = Path.Combine(Content, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n") + "\n");
        return this;
    }

    /// <summary>Replaces the first occurrence of a text in a content file.</summary>
    public TestCatalogue Edit(string relativePath, string find, string replace)
    {
        var path = Path.Combine(Content, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
        return this;
    }

    public TestCatalogue Remove(string relativePath)
    {
        File.Delete(Path.Combine(Content, relativePath));
        return this;
    }

    /// <param name="cacheFile">Where to keep what checks find in each entry file between runs (<see cref="BuildOptions.CacheFile"/>); none by default.</param>
    public Task<BuildResult> CheckAsync(string? cacheFile = null) => Builder(cacheFile).BuildAsync(write: false);
    public Task<BuildResult> BuildAsync() => Builder().BuildAsync(write: true);

    /// <summary>Checks the catalogue and asserts that it reports exactly one problem, which it returns.</summary>
    public async Task<Diagnostic> SingleDiagnosticAsync() => Assert.Single((await CheckAsync()).Diagnostics);

    /// <summary>Paths in diagnostics are relative to the working directory; tests compare them under content/.</summary>
    public static string Rel(Diagnostic d) => d.Location.File[(d.Location.File.IndexOf("content/", StringComparison.Ordinal) + "content/".Length)..];

    public string Page(string sitePath) => File.ReadAllText(Path.Combine(Output, sitePath, "index.html"));

    /// <summary>The entry types to read the catalogue with; the standard ones unless a test declares its own.</summary>
    public ContentModel? Model { get; init; }

    private SiteBuilder Builder(string? cacheFile = null) => new(new BuildOptions(Content, Output, "https://example.org/", Search: false, CacheFile: cacheFile, Model: Model));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
