using System.Text;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Model.Types;

namespace Catalogue.Scaffold;

/// <summary>
/// A source to add to sources.yaml, as typed: values by field name of <see cref="ContentSchema.Source"/>
/// (a list field may have several). Nothing is checked here; the appender checks the result with the
/// same reader that `check` uses.
/// </summary>
internal sealed record SourceDraft(IReadOnlyDictionary<string, IReadOnlyList<string>> Values)
{
    public string? Id => Value("id");

    /// <summary>How sources.yaml names works: the first author's family name and the year, "marcos-cuevas-2016".</summary>
    public string DefaultId
    {
        get
        {
            var family = Ids.FromTitle(Value("authors")?.Split(',')[0] ?? "");
            var id = string.Join("-", new[] { family, Ids.FromTitle(Value("year") ?? "") }.Where(part => part.Length > 0));
            return id.Length > 0 ? id : "source";
        }
    }

    /// <summary>The source as a YAML list item, fields in the schema's order, under the given id.</summary>
    public string ToYaml(string id)
    {
        var text = new StringBuilder();
        foreach (var field in ContentSchema.Source.Fields)
        {
            IReadOnlyList<string> values = field.Name == "id" ? [id] : Values.GetValueOrDefault(field.Name) ?? [];
            if (values.Count == 0) continue;
            text.Append(text.Length == 0 ? "- " : "  ").Append(field.Name).Append(':');
            if (field.Type is ListType)
                foreach (var value in values) text.Append("\n    - ").Append(YamlScalar.Text(value));
            else
                text.Append(' ').Append(Scalar(field.Type, values[0]));
            text.Append('\n');
        }
        return text.ToString();
    }

    private string? Value(string field) => Values.GetValueOrDefault(field)?.FirstOrDefault();

    // A year is written as a number, as in the rest of the file; anything that is not one stays text for the reader to report.
    private static string Scalar(FieldType type, string value) =>
        type is IntegerType && value.Length > 0 && value.All(char.IsAsciiDigit) ? value : YamlScalar.Text(value);
}
