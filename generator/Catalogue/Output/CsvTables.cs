using System.Globalization;
using Catalogue.Model;
using Catalogue.Model.Schema;

namespace Catalogue.Output;

/// <summary>A CSV file of the data downloads: its name, site path and number of data rows.</summary>
internal sealed record CsvTable(string Name, string SitePath, int Rows, string Text);

/// <summary>
/// One CSV table per entry type and one of the sources: a row per entry, a column per field of the content
/// model. A set of fields gives a column per field ("workshop.duration.min"); a list is joined with "; ", and
/// a list of sets gives the first field of each (the practice of each matrix row). catalogue.json has the rest.
/// </summary>
internal static class CsvTables
{
    private const string ListSeparator = "; ";

    /// <summary>The entry types with a table: all but free pages.</summary>
    public static readonly IReadOnlyList<EntryKind> Kinds = Enum.GetValues<EntryKind>().Where(k => k != EntryKind.Page).ToList();

    public static string SitePath(EntryKind kind) => SitePath(kind.Folder());
    public static readonly string SourcesSitePath = SitePath("sources");
    private static string SitePath(string name) => $"data/{name}.csv";

    private sealed record Column(string Header, Func<ObjectValue, string> Read);

    public static IEnumerable<CsvTable> All(SiteIndex index)
    {
        foreach (var kind in Kinds)
        {
            var columns = Columns(ContentSchema.For(kind).Fields, "", v => v).ToList();
            var entries = index.OfKind(kind).ToList();
            yield return Table(kind.Folder(), ["id", "url", .. columns.Select(c => c.Header)],
                entries.Select(e => (IReadOnlyList<string>)[e.Id, index.Config.Absolute(SiteIndex.PathOf(e)), .. columns.Select(c => c.Read(e.Fields))]).ToList());
        }
        var sourceColumns = Columns(ContentSchema.Source.Fields.Where(f => f.Name != "id"), "", v => v).ToList();
        yield return Table("sources", ["id", "reference", "link", .. sourceColumns.Select(c => c.Header)],
            index.Sources.Select(s => (IReadOnlyList<string>)[s.Id, ReferenceFormatter.PlainText(s), ReferenceFormatter.Link(s) ?? "", .. sourceColumns.Select(c => c.Read(s.Fields))]).ToList());
    }

    private static CsvTable Table(string name, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows) =>
        new(name + ".csv", SitePath(name), rows.Count, Csv.Write(header, rows));

    private static IEnumerable<Column> Columns(IEnumerable<FieldSpec> fields, string prefix, Func<ObjectValue, ObjectValue?> parent)
    {
        foreach (var field in fields)
        {
            var name = field.Name;
            switch (field.Type)
            {
                case ObjectType inner:
                    foreach (var column in Columns(inner.Fields, prefix + name + ".", v => parent(v)?.Object(name)))
                        yield return column;
                    break;
                case ListType { Item: ObjectType item }:
                    var first = item.Fields[0].Name;
                    yield return new(prefix + name, v => Join(parent(v)?.Objects(name).Select(o => o[first])));
                    break;
                case ListType:
                    yield return new(prefix + name, v => Join(parent(v)?.List(name)));
                    break;
                default:
                    yield return new(prefix + name, v => Scalar(parent(v)?[name]));
                    break;
            }
        }
    }

    private static string Join(IEnumerable<Value?>? values) => string.Join(ListSeparator, values?.Select(Scalar) ?? []);

    private static string Scalar(Value? value) => value switch
    {
        TextValue text => text.Text,
        IntegerValue number => number.Number.ToString(CultureInfo.InvariantCulture),
        BooleanValue flag => flag.Flag ? "true" : "false",
        ReferenceValue reference => reference.Id,
        SourceReferenceValue source => source.Id,
        _ => "",
    };
}
