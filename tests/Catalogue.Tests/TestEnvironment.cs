using System.Runtime.CompilerServices;

namespace Catalogue.Tests;

/// <summary>Settings every test runs under, made before the first test.</summary>
internal static class TestEnvironment
{
    /// <summary>
    /// The commands keep a cache for each content folder under $XDG_CACHE_HOME; the tests' hundreds of
    /// temporary catalogues keep theirs in a temporary folder of this run instead of the user's cache. Child
    /// processes (the program run as its own process) inherit it.
    /// </summary>
    [ModuleInitializer]
    internal static void Initialize()
    {
        // No shared parent folder: one made by another user's run (root's, say) would let this user create nothing in it.
        var cache = Path.Combine(Path.GetTempPath(), $"catalogue-tests-cache-{Environment.ProcessId}");
        Environment.SetEnvironmentVariable("XDG_CACHE_HOME", cache);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(cache, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        };
    }
}
