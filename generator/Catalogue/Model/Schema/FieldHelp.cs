using Catalogue.Model.Types;

namespace Catalogue.Model.Schema;

/// <summary>
/// A field explained for contributors: its description and what it accepts. The JSON Schema export
/// shows it on hover and the entry template writes it as a comment, so both say the same.
/// </summary>
internal static class FieldHelp
{
    public static string For(FieldSpec field) =>
        (Accepts(field.Type) is { } accepts ? $"{field.Description} {char.ToUpperInvariant(accepts[0])}{accepts[1..]}." : field.Description)
        + Origin(field.Origin);

    /// <summary>Where the field's text comes from, so readers of the data tell facts from advice as the pages do.</summary>
    private static string Origin(Origin origin) => origin switch
    {
        Types.Origin.Sourced => " From the sources: each statement is cited.",
        Types.Origin.Guidance => " The catalogue's own guidance, not the sources': it cites nothing.",
        _ => "",
    };

    /// <summary>What a value may be, as a phrase; null for plain text and sets of fields, which the description covers.</summary>
    private static string? Accepts(FieldType type) => type switch
    {
        TextType { Markdown: true } => "inline Markdown, which may hold [[links]] and [@citations]",
        BooleanType => "either true or false",
        ReferenceType or IntegerType or EnumType or SourceReferenceType => type.Describe,
        ListType { Item: var item } => Accepts(item) is { } each ? "a list, each item: " + each : "a list",
        _ => null,
    };
}
