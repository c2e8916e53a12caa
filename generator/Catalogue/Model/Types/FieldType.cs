namespace Catalogue.Model.Types;

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

/// <summary>The id of another entry, of one of the named types.</summary>
/// <param name="Targets">Type names; <see cref="Any"/> or <see cref="AnyWorkshopBlock"/> until the content model puts in every type an entry may point at.</param>
internal sealed record ReferenceType(IReadOnlyList<string> Targets) : FieldType
{
    /// <summary>Any entry but a free page, as written in a declaration.</summary>
    public static readonly ReferenceType Any = new(["*"]);

    /// <summary>Any entry a trainer can put in a workshop, as written in a declaration.</summary>
    public static readonly ReferenceType AnyWorkshopBlock = new(["*block"]);

    public override string Describe => "the id of a " + string.Join(" or ", Targets);
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

/// <summary>Where a field's text comes from, which decides how it must be written and how pages label it.</summary>
internal enum Origin
{
    /// <summary>Facts and the catalogue's readings alike; citations where facts are stated.</summary>
    Mixed,
    /// <summary>Facts from the sources: every Markdown value in it carries a citation.</summary>
    Sourced,
    /// <summary>The catalogue's own advice (durations, steps, materials): never cited, and labelled as guidance wherever shown.</summary>
    Guidance,
}

internal sealed record FieldSpec(string Name, FieldType Type, bool Required, string Description, Origin Origin = Origin.Mixed);
