using System.Reflection;
using ArchUnitNET.Loader;

namespace Catalogue.Tests.Architecture;

/// <summary>Which folder's types use which other folder's, read from the compiled assembly by ArchUnitNET.</summary>
/// <param name="folders">Every folder holding a type.</param>
/// <param name="uses">Each use of one folder by another, with a type using a type there, to name in a failure.</param>
internal sealed class FolderGraph(IReadOnlySet<string> folders, IReadOnlyDictionary<(string From, string To), string> uses)
{
    /// <summary>The folders under a namespace, from the types of an assembly within it; other assemblies' types (the theme's) are no folders of it.</summary>
    public static FolderGraph Of(Assembly assembly, string rootNamespace)
    {
        var architecture = new ArchLoader().LoadNamespacesWithinAssembly(assembly, rootNamespace).Build();
        var folders = architecture.Types.Select(t => FolderOf(t.Namespace?.FullName, rootNamespace)).OfType<string>().ToHashSet();
        var uses = new SortedDictionary<(string, string), string>();
        foreach (var type in architecture.Types)
            foreach (var dependency in type.Dependencies)
                if (FolderOf(type.Namespace?.FullName, rootNamespace) is { } from
                    && FolderOf(dependency.Target.Namespace?.FullName, rootNamespace) is { } to && from != to && folders.Contains(to))
                    uses.TryAdd((from, to), $"{type.Name} uses {dependency.Target.Name}");
        return new FolderGraph(folders, uses);
    }

    /// <summary>"Pipeline/Link" for Catalogue.Pipeline.Link; null outside the root namespace, such as a library's type.</summary>
    private static string? FolderOf(string? @namespace, string rootNamespace) =>
        @namespace == rootNamespace ? ""
        : @namespace?.StartsWith(rootNamespace + ".", StringComparison.Ordinal) == true ? @namespace[(rootNamespace.Length + 1)..].Replace('.', '/')
        : null;

    public IReadOnlySet<string> Folders => folders;

    /// <summary>Each set of folders that use each other in a circle, with the uses that close it.</summary>
    public IReadOnlyList<string> Cycles()
    {
        var reachable = Folders.ToDictionary(f => f, Reachable);
        return Folders.Where(f => reachable[f].Contains(f))
            .Select(f => Folders.Where(g => reachable[f].Contains(g) && reachable[g].Contains(f)).Order(StringComparer.Ordinal).ToList())
            .DistinctBy(circle => string.Join(' ', circle))
            .Select(circle => string.Join("; ", uses.Where(u => circle.Contains(u.Key.From) && circle.Contains(u.Key.To)).Select(Describe)))
            .ToList();
    }

    /// <summary>Every use of a folder in a higher layer than the user's, and of a folder in no layer.</summary>
    public IReadOnlyList<string> UsesNotDownward(IReadOnlyList<Layer> lowestFirst)
    {
        var height = lowestFirst.SelectMany((layer, i) => layer.Folders.Select(f => (f, i))).ToDictionary(x => x.f, x => x.i);
        return uses.Where(u => height.GetValueOrDefault(u.Key.From, -1) < height.GetValueOrDefault(u.Key.To, int.MaxValue))
            .Select(Describe).ToList();
    }

    private HashSet<string> Reachable(string from)
    {
        var seen = new HashSet<string>();
        var next = new Stack<string>([from]);
        while (next.TryPop(out var folder))
            foreach (var to in uses.Keys.Where(u => u.From == folder).Select(u => u.To))
                if (seen.Add(to)) next.Push(to);
        return seen;
    }

    private static string Describe(KeyValuePair<(string From, string To), string> use) => $"{use.Key.From} → {use.Key.To} ({use.Value})";
}
