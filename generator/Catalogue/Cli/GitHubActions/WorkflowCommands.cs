using Catalogue.Diagnostics;

namespace Catalogue.Cli.GitHubActions;

/// <summary>
/// GitHub Actions' workflow commands: a line such as <c>::error file=…,line=…::message</c> on standard
/// output becomes an annotation on that line of the pull request's changed files.
/// </summary>
internal static class WorkflowCommands
{
    /// <summary>GitHub Actions sets GITHUB_ACTIONS=true in every step; elsewhere the lines would be noise.</summary>
    public static bool Active => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";

    /// <summary>Prints each diagnostic as an annotation, only under GitHub Actions.</summary>
    public static void Annotate(IEnumerable<Diagnostic> diagnostics, TextWriter output)
    {
        if (!Active) return;
        foreach (var diagnostic in diagnostics) output.WriteLine(Annotation(diagnostic));
    }

    /// <summary>The file is named as the diagnostic names it: relative to the working directory, the repository's root in CI.</summary>
    public static string Annotation(Diagnostic diagnostic)
    {
        var at = diagnostic.Location;
        (string Name, string Value)[] properties =
        [
            ("file", at.File.Replace('\\', '/')),
            ("line", at.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("col", at.Column.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("title", diagnostic.Code),
        ];
        var command = diagnostic.IsError ? "error" : "warning";
        return $"::{command} {string.Join(',', properties.Select(p => $"{p.Name}={EscapeProperty(p.Value)}"))}::{EscapeData(diagnostic.Text)}";
    }

    /// <summary>The escaping GitHub's runner undoes in a command's message.</summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>A property value also ends at ':' or ',', so those are escaped too.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A").Replace(",", "%2C");
}
