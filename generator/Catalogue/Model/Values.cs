using Catalogue.Diagnostics;

namespace Catalogue.Model;

/// <summary>A front-matter value that has been checked against the schema; each remembers where it was written.</summary>
internal abstract record Value(SourceLocation At)
{
    /// <summary>This value and every value inside it, depth first.</summary>
    public static IReadOnlyList<Value> Flatten(Value value)
    {
        var all = new List<Value>();
        Collect(value, all);
        return all;
    }

    /// <summary>
    /// Gathers depth first into one list: every stage walks every entry's values, and a chain of LINQ
    /// iterators per object and list cost the link stage megabytes at 10,000 entries.
    /// </summary>
    private protected static void Collect(Value value, List<Value> into)
    {
        into.Add(value);
        switch (value)
        {
            case ObjectValue o:
                foreach (var child in o.Fields.Values) Collect(child, into);
                break;
            case ListValue l:
                foreach (var item in l.Items) Collect(item, into);
                break;
        }
    }
}

internal sealed record TextValue(string Text, bool IsMarkdown, SourceLocation At) : Value(At)
{
    /// <summary>Where the text was written, for Markdown text whose links and citations need their own positions.</summary>
    public ScalarSpan? Span { get; init; }

    /// <summary>The file position of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public SourceLocation Locate(int offset) => Span?.Locate(Text, offset) ?? At;
}
internal sealed record IntegerValue(int Number, SourceLocation At) : Value(At);
internal sealed record BooleanValue(bool Flag, SourceLocation At) : Value(At);

/// <summary>An id naming another entry; the link stage checks that it exists and has a right kind.</summary>
internal sealed record ReferenceValue(string Id, IReadOnlyList<string> Targets, SourceLocation At) : Value(At);

internal sealed record SourceReferenceValue(string Id, SourceLocation At) : Value(At);

internal sealed record ListValue(IReadOnlyList<Value> Items, SourceLocation At) : Value(At);

internal sealed record ObjectValue(IReadOnlyDictionary<string, Value> Fields, SourceLocation At) : Value(At)
{
    public static ObjectValue Empty(SourceLocation at) => new(new Dictionary<string, Value>(), at);

    public Value? this[string name] => Fields.GetValueOrDefault(name);

    public string? Text(string name) => (this[name] as TextValue)?.Text;
    public int? Integer(string name) => (this[name] as IntegerValue)?.Number;
    public bool Flag(string name) => (this[name] as BooleanValue)?.Flag ?? false;
    public string? Ref(string name) => (this[name] as ReferenceValue)?.Id;
    public ObjectValue? Object(string name) => this[name] as ObjectValue;

    public IEnumerable<Value> List(string name) => (this[name] as ListValue)?.Items ?? [];
    public IEnumerable<string> Texts(string name) => List(name).OfType<TextValue>().Select(t => t.Text);
    public IEnumerable<string> Refs(string name) => List(name).OfType<ReferenceValue>().Select(r => r.Id);
    public IEnumerable<ObjectValue> Objects(string name) => List(name).OfType<ObjectValue>();

    /// <summary>Every value below this one, depth first; used to find references and inline Markdown.</summary>
    public IReadOnlyList<Value> Descendants()
    {
        var all = new List<Value>();
        foreach (var value in Fields.Values) Collect(value, all);
        return all;
    }
}
