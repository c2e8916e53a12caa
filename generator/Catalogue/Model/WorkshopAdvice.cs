namespace Catalogue.Model;

internal sealed record IntRange(int Min, int Max)
{
    public bool Contains(int value) => value >= Min && value <= Max;

    public override string ToString() => Min == Max ? $"{Min}" : $"{Min}–{Max}";
}

/// <summary>A practice's 'workshop' block: the catalogue's facilitation advice for trainers.</summary>
internal sealed record WorkshopAdvice(IntRange Duration, IntRange GroupSize, string Difficulty, IReadOnlyList<string> Materials, IReadOnlyList<TextValue> Steps)
{
    public static WorkshopAdvice? Of(Entry entry) => entry.Fields.Object("workshop") is { } w
        ? new WorkshopAdvice(RangeOf(w.Object("duration")), RangeOf(w.Object("group_size")), w.Text("difficulty") ?? "",
            w.Texts("materials").ToList(), w.List("steps").OfType<TextValue>().ToList())
        : null;

    private static IntRange RangeOf(ObjectValue? range) => new(range?.Integer("min") ?? 0, range?.Integer("max") ?? 0);
}
