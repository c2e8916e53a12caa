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
        var text = TextFile.Read(file.FullPath, file.DisplayPath, diagnostics);
        return text is null ? null : Parse(file, text, diagnostics);
    }

    public static Entry? Parse(ContentFile file, string text, DiagnosticBag diagnostics)
    {
        var front = FrontMatter.Split(text, file.DisplayPath, diagnostics);
        if (front is null) return null;

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
