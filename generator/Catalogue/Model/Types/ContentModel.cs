namespace Catalogue.Model.Types;

/// <summary>
/// The entry types a catalogue is made of. A build reads content with one model: the standard one, or, in a
/// test, the standard one with a type of its own.
/// </summary>
internal sealed class ContentModel
{
    private readonly Dictionary<string, EntryType> _byFolder;
    private readonly Dictionary<string, EntryType> _byName;

    public ContentModel(IEnumerable<EntryType> declared)
    {
        var types = declared.OrderBy(t => t.Order).ToList();
        _declared = types;
        if (types.GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"two entry types are named '{twice.Key}'");
        if (types.GroupBy(t => t.Folder).FirstOrDefault(g => g.Count() > 1) is { } shared)
            throw new ArgumentException($"two entry types share the folder '{shared.Key}'");
        // "Any entry" in a declaration means every type of this model but free pages; "any block", every workshop block type.
        var any = new ReferenceType([.. types.Where(t => !t.IsPage).Select(t => t.Name)]);
        var block = new ReferenceType([.. types.Where(t => t.WorkshopBlock).Select(t => t.Name)]);
        Types = [.. types.Select(t => t with { Fields = [.. t.Fields.Select(f => f with { Type = Resolve(f.Type, any, block) })] })];
        foreach (var type in Types)
            foreach (var target in type.Fields.SelectMany(f => References(f.Type)).SelectMany(r => r.Targets))
                if (!Types.Any(t => t.Name == target))
                    throw new ArgumentException($"the {type.Name} type refers to a type '{target}' the model does not have");
        _byFolder = Types.ToDictionary(t => t.Folder, StringComparer.Ordinal);
        _byName = Types.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>Every type, in their declared order.</summary>
    public IReadOnlyList<EntryType> Types { get; }

    /// <summary>The types whose entries are listed, counted and exported: all but free pages.</summary>
    public IEnumerable<EntryType> Listed => Types.Where(t => !t.IsPage);

    public IReadOnlyCollection<string> Folders => _byFolder.Keys;

    public EntryType? InFolder(string folder) => _byFolder.GetValueOrDefault(folder);

    public EntryType? Named(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The types as declared, before "any entry" was spelled out: a model with one more type spells it out again.</summary>
    private readonly IReadOnlyList<EntryType> _declared;

    /// <summary>This model with one more type.</summary>
    public ContentModel With(EntryType type) => new([.. _declared, type]);

    private static FieldType Resolve(FieldType type, ReferenceType any, ReferenceType block) => type switch
    {
        ReferenceType r when ReferenceEquals(r, ReferenceType.Any) => any,
        ReferenceType r when ReferenceEquals(r, ReferenceType.AnyWorkshopBlock) => block,
        ListType l => l with { Item = Resolve(l.Item, any, block) },
        ObjectType o => new ObjectType([.. o.Fields.Select(f => f with { Type = Resolve(f.Type, any, block) })]),
        _ => type,
    };

    private static IEnumerable<ReferenceType> References(FieldType type) => type switch
    {
        ReferenceType r => [r],
        ListType l => References(l.Item),
        ObjectType o => o.Fields.SelectMany(f => References(f.Type)),
        _ => [],
    };
}
