namespace Catalogue.Tests;

/// <summary>A copy of the real content/ in a temporary folder, for tests that add to it.</summary>
public sealed class RealContentCopy : IDisposable
{
    public RealContentCopy()
    {
        var source = Path.Combine(RealSiteFixture.RepositoryRoot, "content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Content, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "catalogue-copy-" + Guid.NewGuid().ToString("N"));
    public string Content => Path.Combine(Root, "content");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
