using System.Globalization;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Model.Types;

namespace Catalogue.Output;

/// <summary>A CSV file of the data downloads: its name, site path and number of data rows.</summary>
internal sealed record CsvTable(string Name, string SitePath, int Rows, string Text);

/// <summary>
/// Two CSV tables per entry type, and two of the sources. The main table has a row per entry and a column per
/// single value of the content model; a set of fields gives a column per field ("workshop.duration.min").
/// Lists cannot share a cell without a separator that their items may contain, so each list item gets a row
/// of its own in the "-lists" table beside it: id, field, position, value. An item that is a set of fields
/// gives its first field (the practice of each matrix row); catalogue.json has the rest.
/// </summary>
internal static class CsvTables
{
    public static readonly IReadOnlyList<string> ListsHeader = ["id", "field", "position", "value"];

    public static string SitePath(EntryType kind) => SitePath(kind.Folder);
    public static string ListsSitePath(EntryType kind) => SitePath(ListsName(kind.Folder));
    public static readonly string SourcesSitePath = SitePath("sources");
    public static readonly string SourceListsSitePath = SitePath(ListsName("sources"));
    private static string SitePath(string name) => $"data/{name}.csv";
    private static string ListsName(string name) => name + "-lists";

    /// <summary>The list fields of a type, as the "field" column of its lists table names them.</summary>
    public static IEnumerable<string> ListFields(EntryType kind) => Lists(kind.Fields, "", v => v).Select(l => l.Field);
    public static IEnumerable<string> SourceListFields => Lists(SourceFields, "", v => v).Select(l => l.Field);

    private static IEnumerable<FieldSpec> SourceFields => ContentSchema.Source.Fields.Where(f => f.Name != "id");

    private sealed record Column(string Header, Func<ObjectValue, string> Read);
    private sealed record ListColumn(string Field, Func<ObjectValue, IEnumerable<Value?>> Items);
    private sealed record Row(string Id, IReadOnlyList<string> Lead, ObjectValue Fields);

    public static IEnumerable<CsvTable> All(SiteIndex index)
    {
        foreach (var kind in index.Model.Listed)
        {
            var rows = index.OfKind(kind).Select(e => new Row(e.Id, [index.Config.Absolute(SiteIndex.PathOf(e))], e.Fields)).ToList();
            foreach (var table in Tables(kind.Folder, ["url"], kind.Fields, rows))
                yield return table;
        }
        var sources = index.Sources.Select(s => new Row(s.Id, [ReferenceFormatter.PlainText(s), ReferenceFormatter.Link(s) ?? ""], s.Fields)).ToList();
        foreach (var table in Tables("sources", ["reference", "link"], SourceFields, sources))
            yield return table;
    }

    private static IEnumerable<CsvTable> Tables(string name, IReadOnlyList<string> lead, IEnumerable<FieldSpec> fields, IReadOnlyList<Row> rows)
    {
        var columns = Columns(fields, "", v => v).ToList();
        yield return Table(name, ["id", .. lead, .. columns.Select(c => c.Header)],
            rows.Select(r => (IReadOnlyList<string>)[r.Id, .. r.Lead, .. columns.Select(c => c.Read(r.Fields))]).ToList());

        var lists = Lists(fields, "", v => v).ToList();
        yield return Table(ListsName(name), ListsHeader,
            rows.SelectMany(r => lists.SelectMany(list => list.Items(r.Fields).Select((item, i) =>
                (IReadOnlyList<string>)[r.Id, list.Field, (i + 1).ToString(CultureInfo.InvariantCulture), Scalar(item)]))).ToList());
    }

    private static CsvTable Table(string name, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows) =>
        new(name + ".csv", SitePath(name), rows.Count, Csv.Write(header, rows));

    /// <summary>The single values: a column each, with the fields of a set flattened into "set.field".</summary>
    private static IEnumerable<Column> Columns(IEnumerable<FieldSpec> fields, string prefix, Func<ObjectValue, ObjectValue?> parent) =>
        Leaves(fields, prefix, parent).Where(l => l.Field.Type is not ListType)
            .Select(l => new Column(l.Path, v => Scalar(l.Parent(v)?[l.Field.Name])));

    /// <summary>The lists, those inside a set included ("workshop.steps"); an item that is a set stands for itself by its first field.</summary>
    private static IEnumerable<ListColumn> Lists(IEnumerable<FieldSpec> fields, string prefix, Func<ObjectValue, ObjectValue?> parent) =>
        Leaves(fields, prefix, parent).Where(l => l.Field.Type is ListType).Select(l => l.Field.Type is ListType { Item: ObjectType item }
            ? new ListColumn(l.Path, v => l.Parent(v)?.Objects(l.Field.Name).Select(o => o[item.Fields[0].Name]) ?? [])
            : new ListColumn(l.Path, v => l.Parent(v)?.List(l.Field.Name) ?? []));

    /// <summary>Every field that is not a set, with its path through the sets above it and how to reach the set that holds it.</summary>
    private static IEnumerable<(string Path, FieldSpec Field, Func<ObjectValue, ObjectValue?> Parent)> Leaves(
        IEnumerable<FieldSpec> fields, string prefix, Func<ObjectValue, ObjectValue?> parent)
    {
        foreach (var field in fields)
        {
            if (field.Type is not ObjectType inner)
            {
                yield return (prefix + field.Name, field, parent);
                continue;
            }
            foreach (var leaf in Leaves(inner.Fields, prefix + field.Name + ".", v => parent(v)?.Object(field.Name)))
                yield return leaf;
        }
    }

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
