using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Pipeline.Bind;
using YamlDotNet.RepresentationModel;

namespace Catalogue.Pipeline.Read;

/// <summary>Reads the bibliography, content/sources.yaml: a list of works.</summary>
internal static class SourcesReader
{
    /// <summary>The sources, or null when the bibliography is missing or not a list of sources (an error says which).</summary>
    public static IReadOnlyList<Source>? Read(string fullPath, string display, DiagnosticBag diagnostics)
    {
        if (!File.Exists(fullPath))
        {
            diagnostics.Error(Codes.Unreadable, SourceLocation.StartOf(display), "the bibliography is missing",
                "create content/sources.yaml with a list of sources (see docs/content-guide.md)");
            return null;
        }
        var text = TextFile.Read(fullPath, display, diagnostics);
        return text is null ? null : Parse(text, display, diagnostics);
    }

    /// <summary>The sources in a bibliography's text; null when the text is not a YAML list at all.</summary>
    public static IReadOnlyList<Source>? Parse(string text, string display, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var yaml = new SourceText(text, display, 1);
        var root = YamlLoader.Load(yaml, diagnostics);
        if (root is null) return diagnostics.ErrorCount > errorsBefore ? null : []; // broken YAML, or only comments
        if (root is not YamlSequenceNode list)
        {
            diagnostics.Error(Codes.NotAMapping, yaml.At(root.Start.Index),
                "sources.yaml should be a list of sources", "start each source with '- id: …'");
            return null;
        }

        var binder = new FrontMatterBinder(yaml, diagnostics);
        var sources = new List<Source>();
        var seen = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            var fields = binder.BindObject(item, ContentSchema.Source, "a source");
            if (fields.Text("id") is not { } id) continue;
            var source = new Source(id, fields, fields.At);
            if (fields.Text("title") is null && fields.Text("note") is null)
                diagnostics.Error(Codes.MissingField, fields.At, $"source '{id}' has no title",
                    "give its title, or a 'note' saying why the work cannot be identified");
            if (!Ids.IsValid(id))
                diagnostics.Error(Codes.InvalidId, fields["id"]!.At, $"source id '{id}' is not valid", Ids.Rule);
            else if (seen.TryGetValue(id, out var first))
                diagnostics.Error(Codes.DuplicateId, fields["id"]!.At, $"source id '{id}' is already used on line {first.At.Line}", "give each source its own id");
            else
            {
                seen[id] = source;
                sources.Add(source);
            }
        }
        return sources;
    }
}
