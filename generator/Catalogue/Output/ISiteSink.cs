namespace Catalogue.Output;

/// <summary>Where rendered files go: a staging folder for a build, the live folder for a preview update.</summary>
internal interface ISiteSink
{
    void Write(string sitePath, ReadOnlySpan<byte> content);

    void Write(string sitePath, string content) => Write(sitePath, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Writes a file as it is made, for files too big to hold whole in memory first (catalogue.json).</summary>
    void Write(string sitePath, Action<Stream> write);

    /// <summary>The full path of a site path under a root; refuses any path that would leave the root.</summary>
    static string Resolve(string root, string sitePath)
    {
        var path = Path.GetFullPath(Path.Combine(root, sitePath));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"'{sitePath}' would be written outside the site");
        return path;
    }
}
