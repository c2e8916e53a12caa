using System.Globalization;
using System.Runtime.CompilerServices;
using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Model.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Catalogue.Model.Types;

namespace Catalogue.Pipeline.Bind;

/// <summary>
/// Checks YAML nodes against the schema and turns them into typed values. Every problem is
/// reported with the position of the node at fault; binding goes on so one run shows them all.
/// </summary>
internal sealed class FrontMatterBinder(SourceText yaml, DiagnosticBag diagnostics)
{
    private SourceLocation At(YamlNode node) => yaml.At(node.Start.Index);

    /// <summary>Each schema object's fields by name, made once: every object of every entry is bound against one.</summary>
    private static readonly ConditionalWeakTable<ObjectType, Dictionary<string, FieldSpec>> FieldsByName = new();

    public ObjectValue BindObject(YamlNode node, ObjectType type, string where)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Error(Codes.NotAMapping, At(node), $"{where} should be {type.Describe}, not {Kind(node)}");
            return ObjectValue.Empty(At(node));
        }

        var fields = new Dictionary<string, Value>(StringComparer.Ordinal);
        var specs = FieldsByName.GetValue(type, t => t.Fields.ToDictionary(f => f.Name, StringComparer.Ordinal));
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode scalarKey)
            {
                diagnostics.Error(Codes.WrongType, At(keyNode), $"a field name should be text, not {Kind(keyNode)}", "write the name, a colon and the value: 'name: value'");
                continue;
            }
            var key = scalarKey.Value ?? "";
            if (!specs.TryGetValue(key, out var spec))
            {
                diagnostics.Warning(Codes.UnknownField, At(keyNode), $"unknown field '{key}' in {where}",
                    Spelling.DidYouMean(key, specs.Keys) ?? "fields here are: " + string.Join(", ", specs.Keys));
                continue;
            }
            if (IsNull(valueNode))
            {
                if (spec.Required)
                    diagnostics.Error(Codes.EmptyValue, At(valueNode), $"'{key}' is empty", $"give it {spec.Type.Describe}");
                continue;
            }
            if (Bind(valueNode, spec.Type, key) is { } value) fields[key] = value;
        }

        foreach (var spec in type.Fields.Where(f => f.Required && !fields.ContainsKey(f.Name)))
        {
            // An empty required value was reported above; only report fields that are absent.
            if (mapping.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == spec.Name)) continue;
            diagnostics.Error(Codes.MissingField, At(mapping), $"missing required field '{spec.Name}' in {where}", spec.Description);
        }
        return new ObjectValue(fields, At(mapping));
    }

    private Value? Bind(YamlNode node, FieldType type, string name)
    {
        switch (type)
        {
            case ObjectType o:
                return BindObject(node, o, $"'{name}'");
            case ListType list:
                if (node is not YamlSequenceNode sequence)
                {
                    // A single value where a list is expected is a common slip; accept it as a list of one.
                    if (node is YamlScalarNode && list.Item is not ObjectType)
                        return Bind(node, list.Item, name) is { } single ? new ListValue([single], At(node)) : null;
                    return WrongType(node, type, name);
                }
                var items = new List<Value>();
                foreach (var item in sequence.Children)
                {
                    if (IsNull(item))
                    {
                        diagnostics.Error(Codes.EmptyValue, At(item), $"an item of '{name}' is empty", "remove the empty '-' line");
                        continue;
                    }
                    if (Bind(item, list.Item, name) is { } bound) items.Add(bound);
                }
                return new ListValue(items, At(node));
        }

        if (node is not YamlScalarNode scalar) return WrongType(node, type, name);
        var text = scalar.Value ?? "";
        var at = At(node);
        switch (type)
        {
            case TextType t:
                var trimmed = text.Trim();
                if (trimmed.Length == 0)
                {
                    diagnostics.Error(Codes.EmptyValue, at, $"'{name}' is empty", "write the text or remove the field");
                    return null;
                }
                if (t.MaxLength is { } max && trimmed.Length > max)
                    diagnostics.Error(Codes.SummaryTooLong, at, $"'{name}' is {trimmed.Length} characters long; the limit is {max}", "shorten it to one plain sentence");
                return new TextValue(trimmed, t.Markdown, at)
                {
                    Span = t.Markdown ? new ScalarSpan(yaml, (int)node.Start.Index, (int)node.End.Index) : null,
                };
            case IntegerType i:
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                    return Invalid(at, name, $"'{text}' is not a whole number", i.Describe);
                if (number < i.Min || number > i.Max)
                    return Invalid(at, name, $"{number} is out of range", i.Describe);
                return new IntegerValue(number, at);
            case BooleanType:
                return text switch
                {
                    "true" => new BooleanValue(true, at),
                    "false" => new BooleanValue(false, at),
                    _ => Invalid(at, name, $"'{text}' is not true or false", "write true or false"),
                };
            case EnumType e:
                if (e.Values.Contains(text)) return new TextValue(text, false, at);
                return Invalid(at, name, $"'{text}' is not allowed", Spelling.DidYouMean(text, e.Values) ?? e.Describe);
            case ReferenceType r:
                return new ReferenceValue(text.Trim(), r.Targets, at);
            case SourceReferenceType:
                return new SourceReferenceValue(text.Trim(), at);
            default:
                throw new InvalidOperationException($"no binding for {type}");
        }
    }

    private Value? Invalid(SourceLocation at, string name, string problem, string hint)
    {
        diagnostics.Error(Codes.InvalidValue, at, $"invalid '{name}': {problem}", hint);
        return null;
    }

    private Value? WrongType(YamlNode node, FieldType type, string name)
    {
        diagnostics.Error(Codes.WrongType, At(node), $"'{name}' should be {Article(type)}, not {Kind(node)}");
        return null;
    }

    private static string Article(FieldType type) => type switch
    {
        TextType => "text",
        ListType => "a list",
        ObjectType => "a set of fields",
        _ => type.Describe,
    };

    private static string Kind(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a set of fields",
        _ => "text",
    };

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
