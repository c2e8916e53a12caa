using System.Security.Cryptography;

namespace Catalogue.Tests;

/// <summary>Every file of a folder with the hash of its bytes: equal fingerprints, identical sites.</summary>
public static class SiteFingerprint
{
    public static string Of(string folder) => string.Join("\n",
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/') + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));

    /// <summary>Staging and retired folders a build leaves beside its output while it runs.</summary>
    public static IEnumerable<string> Leftovers(string output) =>
        Directory.GetDirectories(Path.GetDirectoryName(Path.GetFullPath(output))!, "." + Path.GetFileName(output) + ".*").Select(Path.GetFileName)!;
}
