using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Catalogue.Tests;

/// <summary>
/// YAML as JSON, the way an editor's YAML language server reads it (YAML 1.2 core schema): plain
/// scalars that look like numbers, booleans or null become those; quoted and block scalars stay text.
/// </summary>
public static partial class YamlJson
{
    public static JsonNode? From(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value ?? "", From(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(From)]),
        YamlScalarNode { Style: ScalarStyle.Plain } plain => Resolve(plain.Value ?? ""),
        YamlScalarNode scalar => scalar.Value,
        _ => throw new NotSupportedException(node.NodeType.ToString()),
    };

    private static JsonNode? Resolve(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => null,
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        _ when Integer().IsMatch(text) => long.Parse(text, CultureInfo.InvariantCulture),
        _ when Float().IsMatch(text) => double.Parse(text, CultureInfo.InvariantCulture),
        _ => text,
    };

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
