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

    private sealed record Column(string Header, Func<ObjectValue, string> Read, FieldSpec Field, Origin Origin);
    private sealed record ListColumn(string Field, Func<ObjectValue, IEnumerable<Value?>> Items, FieldSpec Spec, Origin Origin);

    /// <summary>The codebook: a row per column of every table (per list field of a lists table), saying what it holds and where it comes from.</summary>
    public static readonly string CodebookSitePath = SitePath("codebook");
    public static readonly IReadOnlyList<string> CodebookHeader = ["file", "column", "field", "origin", "description"];

    /// <summary>How the codebook says where a value comes from, in words a reader of the data understands.</summary>
    public static string OriginLabel(Origin origin) => origin switch
    {
        Origin.Sourced => "sourced: a fact from the papers, cited in the text",
        Origin.Guidance => "guidance: the catalogue's advice, not from the research",
        _ => "mixed: facts cited where stated; readings flagged as the catalogue's",
    };
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
        var codebook = index.Model.Listed.SelectMany(kind => Codebook(kind.Folder, kind.Fields)).Concat(Codebook("sources", SourceFields)).ToList();
        yield return new CsvTable("codebook.csv", CodebookSitePath, codebook.Count, Csv.Write(CodebookHeader, codebook));
    }

    private static IEnumerable<IReadOnlyList<string>> Codebook(string name, IEnumerable<FieldSpec> fields) =>
        Columns(fields, "", v => v).Select(c => (IReadOnlyList<string>)[name + ".csv", c.Header, c.Header, OriginLabel(c.Origin), c.Field.Description])
            .Concat(Lists(fields, "", v => v).Select(l => (IReadOnlyList<string>)[ListsName(name) + ".csv", "value", l.Field, OriginLabel(l.Origin), l.Spec.Description]));

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
        Leaves(fields, prefix, parent, Origin.Mixed).Where(l => l.Field.Type is not ListType)
            .Select(l => new Column(l.Path, v => Scalar(l.Parent(v)?[l.Field.Name]), l.Field, l.Origin));

    /// <summary>The lists, those inside a set included ("workshop.steps"); an item that is a set stands for itself by its first field.</summary>
    private static IEnumerable<ListColumn> Lists(IEnumerable<FieldSpec> fields, string prefix, Func<ObjectValue, ObjectValue?> parent) =>
        Leaves(fields, prefix, parent, Origin.Mixed).Where(l => l.Field.Type is ListType).Select(l => l.Field.Type is ListType { Item: ObjectType item }
            ? new ListColumn(l.Path, v => l.Parent(v)?.Objects(l.Field.Name).Select(o => o[item.Fields[0].Name]) ?? [], l.Field, l.Origin)
            : new ListColumn(l.Path, v => l.Parent(v)?.List(l.Field.Name) ?? [], l.Field, l.Origin));

    /// <summary>
    /// Every field that is not a set, with its path through the sets above it, how to reach the set that holds
    /// it, and its origin (a field inside a set of guidance is guidance too).
    /// </summary>
    private static IEnumerable<(string Path, FieldSpec Field, Func<ObjectValue, ObjectValue?> Parent, Origin Origin)> Leaves(
        IEnumerable<FieldSpec> fields, string prefix, Func<ObjectValue, ObjectValue?> parent, Origin inherited)
    {
        foreach (var field in fields)
        {
            var origin = field.Origin == Origin.Mixed ? inherited : field.Origin;
            if (field.Type is not ObjectType inner)
            {
                yield return (prefix + field.Name, field, parent, origin);
                continue;
            }
            foreach (var leaf in Leaves(inner.Fields, prefix + field.Name + ".", v => parent(v)?.Object(field.Name), origin))
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
