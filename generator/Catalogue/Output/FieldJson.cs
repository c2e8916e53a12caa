using System.Text.Json.Nodes;
using Catalogue.Model;

namespace Catalogue.Output;

/// <summary>A checked front-matter value as JSON, as the published front-matter schemas describe it: references as ids, text as written.</summary>
internal static class FieldJson
{
    public static JsonNode Of(Value value) => value switch
    {
        TextValue text => JsonValue.Create(text.Text),
        IntegerValue number => JsonValue.Create(number.Number),
        BooleanValue flag => JsonValue.Create(flag.Flag),
        ReferenceValue reference => JsonValue.Create(reference.Id),
        SourceReferenceValue source => JsonValue.Create(source.Id),
        ListValue list => new JsonArray([.. list.Items.Select(Of)]),
        ObjectValue obj => Of(obj),
        _ => throw new InvalidOperationException($"no JSON for {value.GetType().Name}"),
    };

    public static JsonObject Of(ObjectValue obj) => new(obj.Fields.Select(f => new KeyValuePair<string, JsonNode?>(f.Key, Of(f.Value))));
}
