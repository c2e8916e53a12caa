using System.Text;
using Catalogue.Model.Schema;
using Catalogue.Model.Types;

namespace Catalogue.Scaffold;

/// <summary>
/// The text of a new entry, written from its schema: every field with a comment explaining it, the
/// title filled in, other required fields left empty and optional ones commented out, and the body's
/// required sections. `check` reports each empty required field by name until it is filled in, so a
/// fresh entry cannot be published by accident.
/// </summary>
internal static class EntryTemplate
{
    /// <summary>The line under each heading. Plain Markdown: an HTML comment would be raw HTML, which bodies may not hold.</summary>
    public const string Placeholder = "_Replace this line with your own words, and cite a source for every fact._";

    public static string Render(EntryType schema, string title, string schemaUrl)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"# yaml-language-server: $schema={schemaUrl}\n");
        text.Append($"# {schema.Name}: {schema.Description}\n");
        text.Append("# Fill in every empty field: `catalogue check` names each one still empty. Optional fields\n");
        text.Append("# are commented out; to use one, delete the \"# \" before its name. Guide: docs/content-guide.md\n");
        Fields(text, schema.Fields, new Dictionary<string, string> { ["title"] = title }, indent: 0, off: false, listItem: false);
        text.Append("---\n");
        foreach (var section in schema.RequiredSections)
            text.Append($"\n## {section}\n\n{Placeholder}\n");
        if (schema.RequiredSections.Count == 0)
            text.Append($"\n{Placeholder}\n");
        return text.ToString();
    }

    /// <param name="values">Values to fill in, by field name; the rest stay empty.</param>
    /// <param name="off">True inside an optional field: every field line is commented out.</param>
    /// <param name="listItem">True for the fields of a list's example item: the first starts with "- ".</param>
    private static void Fields(StringBuilder text, IReadOnlyList<FieldSpec> fields, IReadOnlyDictionary<string, string> values,
        int indent, bool off, bool listItem)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var fieldOff = off || !field.Required;
            // In a list's example item the first field follows "- " and the others line up under it;
            // a commented-out first field keeps its "- " after the "# ", so deleting the "# " restores both.
            var dash = listItem && i == 0 ? "- " : "";
            var pad = new string(' ', indent + (listItem && i > 0 ? 2 : 0));
            text.Append(pad).Append("# ").Append(field.Required ? "Required. " : "Optional. ").Append(FieldHelp.For(field)).Append('\n');
            text.Append(pad).Append(fieldOff ? "# " : "").Append(dash).Append(field.Name).Append(':');
            if (values.TryGetValue(field.Name, out var value)) text.Append(' ').Append(YamlScalar.Text(value));
            text.Append('\n');

            var childIndent = indent + (listItem ? 2 : 0) + 2;
            switch (field.Type)
            {
                case ObjectType obj:
                    Fields(text, obj.Fields, Empty, childIndent, fieldOff, listItem: false);
                    break;
                case ListType { Item: ObjectType item }:
                    Fields(text, item.Fields, Empty, childIndent, fieldOff, listItem: true);
                    break;
            }
        }
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();
}
