using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Pipeline.Bind;
using Catalogue.Pipeline.Find;

namespace Catalogue.Pipeline.Read;

/// <summary>Second stage: turns one content file into an entry whose front matter fits the schema.</summary>
public static class EntryReader
{
    public static Entry? Read(ContentFile file, DiagnosticBag diagnostics)
    {
        FrontMatter? front;
        using (var text = TextFile.ReadPooled(file.FullPath, file.DisplayPath, diagnostics))
            front = text is null ? null : FrontMatter.Split(text.Span, file.DisplayPath, diagnostics);
        return front is null ? null : Parse(file, front, diagnostics);
    }

    public static Entry? Parse(ContentFile file, FrontMatter front, DiagnosticBag diagnostics)
    {
        var schema = ContentSchema.For(file.Kind);
        if (front.HasNoFields)
        {
            diagnostics.Error(Codes.MissingField, SourceLocation.StartOf(file.DisplayPath), "the front matter has no fields",
                "add at least " + string.Join(", ", schema.Fields.Where(f => f.Required).Select(f => f.Name)));
            return null;
        }
        var yaml = new SourceText(front.Yaml, file.DisplayPath, front.YamlLine);
        var node = YamlLoader.Load(yaml, diagnostics);
        if (node is null) return null;

        var fields = new FrontMatterBinder(yaml, diagnostics)
            .BindObject(node, schema.AsObject, $"a {file.Kind.Noun()}");
        return new Entry
        {
            Id = file.Id,
            Kind = file.Kind,
            File = file.DisplayPath,
            RelativePath = file.RelativePath,
            Fields = fields,
            FrontMatter = front.Yaml,
            Body = front.Body,
            BodyLine = front.BodyLine,
        };
    }
}
