using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Pipeline.Bind;
using Catalogue.Pipeline.Cache;
using Catalogue.Pipeline.Find;
using Catalogue.Model.Types;

namespace Catalogue.Pipeline.Read;

/// <summary>Second stage: turns one content file into an entry whose front matter fits the schema.</summary>
internal static class EntryReader
{
    /// <param name="cache">Front matter bound by earlier runs, to take unchanged fields from instead of parsing them.</param>
    public static Entry? Read(ContentFile file, DiagnosticBag diagnostics, EntryCache? cache = null)
    {
        FrontMatter? front;
        using (var text = TextFile.ReadPooled(file.FullPath, file.DisplayPath, diagnostics))
            front = text is null ? null : FrontMatter.Split(text.Span, file.DisplayPath, diagnostics);
        return front is null ? null : Parse(file, front, diagnostics, cache);
    }

    public static Entry? Parse(ContentFile file, FrontMatter front, DiagnosticBag diagnostics, EntryCache? cache = null)
    {
        var schema = file.Kind;
        if (front.HasNoFields)
        {
            diagnostics.Error(Codes.MissingField, SourceLocation.StartOf(file.DisplayPath), "the front matter has no fields",
                "add at least " + string.Join(", ", schema.Fields.Where(f => f.Required).Select(f => f.Name)));
            return null;
        }
        var yaml = new SourceText(front.Yaml, file.DisplayPath, front.YamlLine);
        var fields = cache is null ? Bind(yaml, file.Kind, diagnostics) : BindCached(yaml, file.Kind, diagnostics, cache);
        if (fields is null) return null;
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

    private static ObjectValue? Bind(SourceText yaml, EntryType kind, DiagnosticBag diagnostics) =>
        YamlLoader.Load(yaml, diagnostics) is { } node
            ? new FrontMatterBinder(yaml, diagnostics).BindObject(node, kind.AsObject, $"a {kind.Name}")
            : null;

    private static ObjectValue? BindCached(SourceText yaml, EntryType kind, DiagnosticBag diagnostics, EntryCache cache)
    {
        var key = EntryCache.FieldsKeyOf(yaml);
        if (cache.FindFields(key, yaml) is { } found) return found;
        var own = new DiagnosticBag();
        var fields = Bind(yaml, kind, own);
        if (own.IsEmpty && fields is not null) cache.KeepFields(key, fields);
        else own.CopyTo(diagnostics);
        return fields;
    }
}
