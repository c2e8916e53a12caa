using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace Catalogue.Benchmarks.Measure;

/// <summary>
/// The generator's command line run as its own process, `dotnet catalogue.dll …`, as an author or CI
/// runs it: by default the catalogue.dll built beside this benchmark, or another build (such as a
/// colleague's work tree) to compare.
/// </summary>
internal sealed class CatalogueProgram
{
    private CatalogueProgram(string dll) => Dll = dll;

    public string Dll { get; }

    /// <summary>The folder the program was built in; its repository holds the pinned Node.js tools and the commit measured.</summary>
    public string Folder => Path.GetDirectoryName(Dll)!;

    /// <param name="dll">catalogue.dll to run; null for the one beside this benchmark.</param>
    /// <exception cref="BenchmarkException">It is missing, or a Debug build, whose times would say little about a release.</exception>
    public static CatalogueProgram Open(string? dll)
    {
        var path = Path.GetFullPath(dll ?? typeof(Catalogue.Cli.CatalogueCli).Assembly.Location);
        if (!File.Exists(path)) throw new BenchmarkException($"{path} does not exist; build the generator first.");
        if (!IsOptimized(path))
            throw new BenchmarkException($"{path} is a Debug build; build it with 'dotnet build -c Release' and measure that.");
        return new CatalogueProgram(path);
    }

    public ProcessStartInfo Command(params string[] arguments) => ProcessRun.Info("dotnet", [Dll, .. arguments]);

    /// <summary>Reads the compiler's DebuggableAttribute in a context of its own, so any build of the generator can be opened beside the one referenced here.</summary>
    private static bool IsOptimized(string dll)
    {
        var context = new AssemblyLoadContext("optimization probe", isCollectible: true);
        try
        {
            return context.LoadFromAssemblyPath(dll).GetCustomAttribute<DebuggableAttribute>() is not { IsJITOptimizerDisabled: true };
        }
        finally
        {
            context.Unload();
        }
    }
}
