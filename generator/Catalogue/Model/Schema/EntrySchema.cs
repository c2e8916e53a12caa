namespace Catalogue.Model.Schema;

/// <summary>The shape of one type of entry: its front-matter fields and required body sections.</summary>
internal sealed record EntrySchema(
    EntryKind Kind,
    string Description,
    IReadOnlyList<FieldSpec> Fields,
    IReadOnlyList<string> RequiredSections)
{
    public ObjectType AsObject => new(Fields);
}
