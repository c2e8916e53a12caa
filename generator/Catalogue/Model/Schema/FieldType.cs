namespace Catalogue.Model.Schema;

/// <summary>What a front-matter field may hold. The binder checks values against it; the schema
/// exporter and the scaffolder describe it to contributors.</summary>
internal abstract record FieldType
{
    /// <summary>A phrase for error messages: "should be {Describe}".</summary>
    public abstract string Describe { get; }
}

/// <summary>Plain text, or inline Markdown that may hold links and citations.</summary>
internal sealed record TextType(int? MaxLength = null, bool Markdown = false) : FieldType
{
    public override string Describe => "text";
}

internal sealed record IntegerType(int Min, int Max) : FieldType
{
    public override string Describe => $"a whole number from {Min} to {Max}";
}

internal sealed record BooleanType : FieldType
{
    public override string Describe => "true or false";
}

internal sealed record EnumType(IReadOnlyList<string> Values) : FieldType
{
    public override string Describe => "one of " + string.Join(", ", Values);
}

/// <summary>The id of another entry, of one of the given kinds.</summary>
internal sealed record ReferenceType(IReadOnlyList<EntryKind> Targets) : FieldType
{
    public override string Describe => "the id of a " + string.Join(" or ", Targets.Select(t => t.Noun()));
}

/// <summary>The id of a source in sources.yaml.</summary>
internal sealed record SourceReferenceType : FieldType
{
    public override string Describe => "a source id from sources.yaml";
}

internal sealed record ListType(FieldType Item) : FieldType
{
    public override string Describe => "a list";
}

internal sealed record ObjectType(IReadOnlyList<FieldSpec> Fields) : FieldType
{
    public override string Describe => "a set of fields (" + string.Join(", ", Fields.Select(f => f.Name)) + ")";
}

internal sealed record FieldSpec(string Name, FieldType Type, bool Required, string Description);
