using System.Text.RegularExpressions;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Model.Types;

using Catalogue.Model.Types.Standard;

namespace Catalogue.Tests;

/// <summary>
/// Does what a contributor does with a fresh template and nothing more: puts a value of the right type
/// after each empty field and replaces each italic placeholder line with cited text.
/// </summary>
internal static partial class PlaceholderFiller
{
    private const string Citation = "[@marcos-cuevas-2016, Table 1]";

    public static IEnumerable<string> Fill(IReadOnlyList<string> lines, EntryType schema, string content)
    {
        var types = new Dictionary<string, (FieldType Type, Origin Origin)>();
        Collect(schema.Fields, Origin.Mixed, types);
        for (var i = 0; i < lines.Count; i++)
        {
            var match = EmptyField().Match(lines[i]);
            if (match.Success && !HasChildren(lines, i, match.Groups["indent"].Length + match.Groups["dash"].Length))
                yield return lines[i] + " " + ValueFor(types[match.Groups["name"].Value].Type, content, types[match.Groups["name"].Value].Origin);
            else if (ItalicPlaceholder().IsMatch(lines[i]))
                yield return $"Written from the source {Citation}.";
            else
                yield return lines[i];
        }
    }

    /// <param name="inherited">Guidance reaches every field inside a guidance field, which must then cite nothing.</param>
    private static void Collect(IEnumerable<FieldSpec> fields, Origin inherited, Dictionary<string, (FieldType, Origin)> types)
    {
        foreach (var field in fields)
        {
            var origin = inherited == Origin.Guidance ? Origin.Guidance : field.Origin;
            types.TryAdd(field.Name, (field.Type, origin));
            if (field.Type is ObjectType o) Collect(o.Fields, origin, types);
            if (field.Type is ListType { Item: ObjectType item }) Collect(item.Fields, origin, types);
        }
    }

    private static bool HasChildren(IReadOnlyList<string> lines, int at, int indent) =>
        lines.Skip(at + 1).FirstOrDefault(l => !l.TrimStart().StartsWith('#')) is { } next
        && next.Length - next.TrimStart().Length > indent;

    private static string ValueFor(FieldType type, string content, Origin origin) => type switch
    {
        TextType { Markdown: true } when origin == Origin.Guidance => "Do it together.",
        TextType { Markdown: true } => $"\"Done together {Citation}.\"",
        TextType => "Filled in.",
        IntegerType range => range.Min.ToString(),
        EnumType e => e.Values[0],
        BooleanType => "false",
        ReferenceType reference => FirstId(content, EntryTypes.Standard.Named(reference.Targets[0])!),
        SourceReferenceType => "marcos-cuevas-2016",
        ListType list => $"[{ValueFor(list.Item, content, origin)}]",
        _ => throw new InvalidOperationException($"no filler for {type}"),
    };

    private static string FirstId(string content, EntryType kind) =>
        Path.GetFileNameWithoutExtension(EntryFiles.In(Path.Combine(content, kind.Folder)).Order(StringComparer.Ordinal).First());

    [GeneratedRegex(@"^(?<indent>\s*)(?<dash>- )?(?<name>[a-z_]+):\s*$")]
    private static partial Regex EmptyField();

    [GeneratedRegex(@"^_.+_$")]
    private static partial Regex ItalicPlaceholder();
}
