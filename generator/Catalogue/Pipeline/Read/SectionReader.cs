using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Model.Types;
using Catalogue.Pipeline.Bind;
using Catalogue.Pipeline.Find;

namespace Catalogue.Pipeline.Read;

/// <summary>Reads a type folder's _index.md: the title and introduction of the type's list page.</summary>
internal static class SectionReader
{
    public static IReadOnlyDictionary<EntryType, Section> Read(IEnumerable<ContentFile> files, DiagnosticBag diagnostics)
    {
        var sections = new Dictionary<EntryType, Section>();
        foreach (var file in files)
            if (Read(file, diagnostics) is { } section) sections[file.Kind] = section;
        return sections;
    }

    private static Section? Read(ContentFile file, DiagnosticBag diagnostics)
    {
        FrontMatter? front;
        using (var text = TextFile.ReadPooled(file.FullPath, file.DisplayPath, diagnostics))
            front = text is null ? null : FrontMatter.Split(text.Span, file.DisplayPath, diagnostics);
        if (front is null) return null;
        if (front.Body.Trim().Length > 0)
            diagnostics.Error(Codes.SectionBody, new SourceLocation(file.DisplayPath, front.BodyLine, 1),
                "a folder's _index.md has front matter only; this text would appear nowhere",
                "move the introduction into 'summary', or the text into an entry of its own");
        var yaml = new SourceText(front.Yaml, file.DisplayPath, front.YamlLine);
        if (YamlLoader.Load(yaml, diagnostics) is not { } node) return null;
        var fields = new FrontMatterBinder(yaml, diagnostics).BindObject(node, ContentSchema.Section, $"the {file.Kind.Folder} folder's {ContentFinder.SectionFile}");
        return fields.Text("summary") is { } summary ? new Section(file.DisplayPath, fields.Text("title"), summary) : null;
    }
}
