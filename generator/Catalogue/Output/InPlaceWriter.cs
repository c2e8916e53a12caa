namespace Catalogue.Output;

/// <summary>
/// Replaces files of a site that is being served, one at a time: each file is written beside its
/// target and renamed over it, so a request never reads a half-written page.
/// </summary>
internal sealed class InPlaceWriter(string root) : ISiteSink
{
    private readonly string _root = Path.GetFullPath(root.TrimEnd('/', '\\'));

    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        var (path, temporary) = Paths(sitePath);
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            stream.Write(content);
        File.Move(temporary, path, overwrite: true);
    }

    public void Write(string sitePath, Action<Stream> write)
    {
        var (path, temporary) = Paths(sitePath);
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            write(stream);
        File.Move(temporary, path, overwrite: true);
    }

    private (string Path, string Temporary) Paths(string sitePath)
    {
        var path = ISiteSink.Resolve(_root, sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return (path, $"{path}.{Guid.NewGuid():N}.tmp");
    }
}
