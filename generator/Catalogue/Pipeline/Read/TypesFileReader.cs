using System.Text.RegularExpressions;
using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;
using Catalogue.Pipeline.Bind;
using Catalogue.Pipeline.Find;

namespace Catalogue.Pipeline.Read;

/// <summary>
/// content/types.yaml: a library's own entry types, declared as data, read into the <see cref="ContentModel"/> the
/// standard types are otherwise declared in C#. Each type gets the fields every entry has and free pages come
/// with every model. A mistake is a diagnostic at its line; any error means no model, so no entry is read with
/// half a declaration.
/// </summary>
internal static partial class TypesFileReader
{
    public const string FileName = "types.yaml";

    /// <summary>Site addresses the generator writes pages of its own at, so no type's folder may take them.</summary>
    private static readonly string[] ReservedFolders = ["assets", "cards", "data", "matrix", "pagefind", "schema", "search", "sources", "workshop"];

    /// <summary>A content folder with the types it is read with: the given ones (a test's), its types.yaml, or the standard
    /// types when it has none; null when types.yaml has errors, which are reported.</summary>
    public static ContentPaths? Open(string content, ContentModel? given, DiagnosticBag diagnostics)
    {
        var paths = new ContentPaths(content, given);
        if (given is not null || !File.Exists(paths.TypesFile)) return paths;
        return Read(paths.TypesFile, paths.Display(paths.TypesFile), diagnostics) is { } model ? new ContentPaths(content, model) : null;
    }

    public static ContentModel? Read(string fullPath, string display, DiagnosticBag diagnostics)
    {
        if (TextFile.Read(fullPath, display, diagnostics) is not { } text) return null;
        var yaml = new SourceText(text, display, 1);
        var found = new DiagnosticBag();
        if (YamlLoader.Load(yaml, found) is not { } node)
        {
            if (found.IsEmpty) found.Error(Codes.TypesFile, SourceLocation.StartOf(display), "types.yaml is empty", "declare the library's types under 'types:'");
            found.CopyTo(diagnostics);
            return null;
        }
        var file = new FrontMatterBinder(yaml, found).BindObject(node, ContentSchema.TypesFile, FileName);
        var declared = file.Objects("types").ToList();
        var names = declared.Select(t => t.Text("name")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var types = declared.Select((type, i) => Type(type, i, names, found)).ToList();
        Twice(declared, "name", "two types are named", found);
        Twice(declared, "folder", "two types use the folder", found);

        // A field name misspelt in a declaration would quietly do nothing, so here it is an error, not a warning.
        foreach (var problem in found.Sorted())
            diagnostics.Add(problem with { Severity = Severity.Error });
        if (!found.IsEmpty) return null;
        return new ContentModel([.. types.OfType<EntryType>(), EntryTypes.FreePages]);
    }

    private static EntryType? Type(ObjectValue type, int position, IReadOnlySet<string> names, DiagnosticBag found)
    {
        var (name, folder) = (type.Text("name"), type.Text("folder"));
        if (name is null || folder is null || type.Text("description") is not { } description) return null;
        if (!Ids.IsValid(name) || name is "page" or "source")
            found.Error(Codes.TypesFile, type["name"]!.At, $"'{name}' cannot name a type",
                name is "page" or "source" ? "'page' and 'source' are built in; choose another name" : Ids.Rule);
        if (!Ids.IsValid(folder) || folder == EntryTypes.FreePages.Folder || ReservedFolders.Contains(folder))
            found.Error(Codes.TypesFile, type["folder"]!.At, $"'{folder}' cannot be a type's folder",
                Ids.IsValid(folder) ? "the site uses that address itself; choose another" : Ids.Rule);

        var sourcesRequired = type["sources_required"] is not BooleanValue { Flag: false };
        var own = type.Objects("fields").Select(f => Field(f, names, found)).OfType<FieldSpec>().ToList();
        var fields = Fields.Common(sourcesRequired).Concat(own).Append(Fields.Related).ToList();
        foreach (var field in type.Objects("fields").Where(f => f.Text("name") is { } n && fields.Count(s => s.Name == n) > 1))
            found.Error(Codes.TypesFile, field["name"]!.At, $"the {name} type has the field '{field.Text("name")}' twice",
                "every entry has title, summary, sources, aka, tags, license, attribution, contributors and related; rename the field");

        if (type["group_by"] is TextValue group && !own.Any(f => f.Name == group.Text && f.Type is ReferenceType))
            found.Error(Codes.TypesFile, group.At, $"'{group.Text}' is not a reference field of the {name} type", "group_by names one of its fields of type 'reference'");
        foreach (var fact in type.List("list_facts").OfType<TextValue>().Where(f => !fields.Any(s => s.Name == f.Text && s.Type is TextType or EnumType or IntegerType)))
            found.Error(Codes.TypesFile, fact.At, $"'{fact.Text}' is not a text field of the {name} type", "list_facts names its fields of type text, choice or integer");

        var declaration = new EntryType
        {
            Name = name,
            Folder = folder,
            Description = description,
            Order = 10 * (position + 1),
            Fields = fields,
            RequiredSections = [.. type.Texts("sections")],
            ListOrder = type.Text("list_order") == "alphabetical" ? ListOrder.Alphabetical : ListOrder.Reading,
            GroupBy = type.Text("group_by"),
            ListFacts = [.. type.Texts("list_facts")],
            WorkshopBlock = type.Flag("workshop_block"),
            InNavigation = type["in_navigation"] is not BooleanValue { Flag: false },
            // Navigation reaches its list page, so an entry nothing links to is no orphan.
            ReachableWithoutLinks = type["in_navigation"] is not BooleanValue { Flag: false },
        };
        if (type.Text("label") is { } label) declaration = declaration with { Label = label };
        return type.Text("plural") is { } plural ? declaration with { PluralLabel = plural } : declaration;
    }

    private static FieldSpec? Field(ObjectValue field, IReadOnlySet<string> names, DiagnosticBag found)
    {
        if (field.Text("name") is not { } name || field.Text("type") is not { } kind || field.Text("description") is not { } description) return null;
        if (!FieldName().IsMatch(name))
            found.Error(Codes.TypesFile, field["name"]!.At, $"'{name}' cannot name a field", "use lower-case letters, digits and '_', starting with a letter");
        void Needs(string property, string why)
        {
            if (field[property] is null) found.Error(Codes.TypesFile, field.At, $"the field '{name}' is a {kind} and needs '{property}'", why);
        }
        void Refuses(string property, params string[] kinds)
        {
            if (field[property] is { } value && !kinds.Contains(kind))
                found.Error(Codes.TypesFile, value.At, $"'{property}' does not apply to the {kind} field '{name}'", $"only a field of type {string.Join(" or ", kinds)} takes it");
        }
        Refuses("max_length", "text", "markdown");
        Refuses("min", "integer");
        Refuses("max", "integer");
        Refuses("values", "choice");
        Refuses("to", "reference");
        Refuses("fields", "object");

        FieldType? type = kind switch
        {
            "text" => new TextType(field.Integer("max_length")),
            "markdown" => new TextType(field.Integer("max_length"), Markdown: true),
            "integer" => new IntegerType(field.Integer("min") ?? 0, field.Integer("max") ?? 1_000_000),
            "boolean" => new BooleanType(),
            "choice" => new EnumType([.. field.Texts("values")]),
            "reference" => field["to"] is null ? ReferenceType.Any : new ReferenceType([.. field.Texts("to")]),
            "source" => new SourceReferenceType(),
            "object" => new ObjectType([.. field.Objects("fields").Select(f => Field(f, names, found)).OfType<FieldSpec>()]),
            _ => null,
        };
        if (kind == "choice") Needs("values", "list the values allowed, e.g. values: [low, high]");
        if (kind == "object") Needs("fields", "list its own fields under 'fields:'");
        if (type is IntegerType { Min: var min, Max: var max } && min > max)
            found.Error(Codes.TypesFile, field["min"]?.At ?? field["max"]!.At, $"the field '{name}' has min {min} above max {max}", "swap them");
        foreach (var target in field.List("to").OfType<TextValue>().Where(t => !names.Contains(t.Text)))
            found.Error(Codes.TypesFile, target.At, $"the field '{name}' refers to a type '{target.Text}' that types.yaml does not declare",
                Spelling.DidYouMean(target.Text, names) ?? "the types are: " + string.Join(", ", names));
        if (type is null) return null;
        var origin = field.Text("origin") switch { "sourced" => Origin.Sourced, "guidance" => Origin.Guidance, _ => Origin.Mixed };
        return new FieldSpec(name, field.Flag("list") ? new ListType(type) : type, field.Flag("required"), description, origin);
    }

    /// <summary>Reports each value of a property that an earlier type already has.</summary>
    private static void Twice(IEnumerable<ObjectValue> types, string property, string problem, DiagnosticBag found)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in types.Select(t => t[property]).OfType<TextValue>())
            if (!seen.Add(value.Text))
                found.Error(Codes.TypesFile, value.At, $"{problem} '{value.Text}'", $"give each type its own {property}");
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex FieldName();
}
