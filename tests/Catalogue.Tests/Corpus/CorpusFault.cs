namespace Catalogue.Tests.Corpus;

/// <summary>
/// One fault of the corpus: a folder under Faults/ whose content/ files are laid over TestCatalogue's
/// valid catalogue (or which GeneratedFaults writes), and whose expected.txt holds the diagnostics.
/// </summary>
public sealed class CorpusFault
{
    public static string Root => Path.Combine(RealSiteFixture.RepositoryRoot, "tests", "Catalogue.Tests", "Corpus", "Faults");

    public static IEnumerable<string> Names => Directory.GetDirectories(Root).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal);

    private CorpusFault(string name)
    {
        Name = name;
        Folder = Path.Combine(Root, name);
        var lines = File.ReadAllLines(Path.Combine(Folder, "expected.txt"));
        Description = string.Join(" ", lines.Where(l => l.StartsWith('#')).Select(l => l.TrimStart('#', ' ')));
        Expected = lines.Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    }

    public static CorpusFault Load(string name) => new(name);

    public string Name { get; }
    public string Folder { get; }

    /// <summary>The comment lines of expected.txt: what is wrong, or why it is accepted.</summary>
    public string Description { get; }

    /// <summary>Diagnostic lines exactly as the CLI prints them, paths from the catalogue's folder; none when the input is accepted.</summary>
    public IReadOnlyList<string> Expected { get; }

    public bool FailsTheBuild => Expected.Any(l => l.Contains(": error CAT", StringComparison.Ordinal));

    public string? ContentFolder => Path.Combine(Folder, "content") is var content && Directory.Exists(content) ? content : null;

    internal void ApplyTo(TestCatalogue catalogue)
    {
        if (ContentFolder is { } content)
            foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(catalogue.Content, Path.GetRelativePath(content, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        GeneratedFaults.Apply(Name, catalogue.Content);
    }

    public override string ToString() => Name;
}
