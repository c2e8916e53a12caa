namespace Catalogue.Diagnostics;

internal enum Severity { Warning, Error }

/// <summary>A position in a content file; lines and columns count from 1.</summary>
internal readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);
}

/// <summary>
/// One problem with the content. Created where the problem is found and carried up unchanged;
/// content mistakes never become exceptions.
/// </summary>
internal sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The message with its hint, as every form of output shows it.</summary>
    public string Text => Hint is null ? Message : $"{Message} ({Hint})";

    /// <summary>The one-line form compilers use, so editors and CI can jump to it.</summary>
    public override string ToString() =>
        $"{Location.File}:{Location.Line}:{Location.Column}: {(IsError ? "error" : "warning")} {Code}: {Text}";
}
