using System.Collections.Concurrent;

namespace Catalogue.Diagnostics;

/// <summary>Collects diagnostics from every stage, safely from parallel workers.</summary>
internal sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string code, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code, message, at, hint));

    public void Warning(string code, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, code, message, at, hint));

    public bool IsEmpty => _items.IsEmpty;

    public void CopyTo(DiagnosticBag other)
    {
        foreach (var diagnostic in _items) other.Add(diagnostic);
    }

    public bool HasErrors => _items.Any(d => d.IsError);
    public int ErrorCount => _items.Count(d => d.IsError);
    public int WarningCount => _items.Count(d => !d.IsError);

    /// <summary>Sorted by file, line and column so output is stable across parallel runs.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => _items
        .Distinct()
        .OrderBy(d => d.Location.File, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line)
        .ThenBy(d => d.Location.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
