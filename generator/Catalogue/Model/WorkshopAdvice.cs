namespace Catalogue.Model;

internal sealed record IntRange(int Min, int Max)
{
    public bool Contains(int value) => value >= Min && value <= Max;

    /// <summary>A 'min'/'max' pair as written in front matter; 0 for a bound left out.</summary>
    public static IntRange Of(ObjectValue? range) => new(range?.Integer("min") ?? 0, range?.Integer("max") ?? 0);

    public override string ToString() => Min == Max ? $"{Min}" : $"{Min}–{Max}";
}

/// <summary>A practice's 'workshop' block: the catalogue's facilitation advice for trainers.</summary>
internal sealed record WorkshopAdvice(IntRange Duration, IntRange GroupSize, string Difficulty, IReadOnlyList<string> Materials, IReadOnlyList<TextValue> Steps)
{
    public static WorkshopAdvice? Of(Entry entry) => entry.Fields.Object("workshop") is { } w
        ? new WorkshopAdvice(IntRange.Of(w.Object("duration")), IntRange.Of(w.Object("group_size")), w.Text("difficulty") ?? "",
            w.Texts("materials").ToList(), w.List("steps").OfType<TextValue>().ToList())
        : null;
}

/// <summary>A step of a method's session: its minutes and what to do.</summary>
internal sealed record SessionStep(int Minutes, TextValue? Do);

/// <summary>A method's 'guide': the catalogue's plan for one session, which pages, cards, slides and the workshop builder all show.</summary>
internal sealed record MethodSession(int Minutes, IntRange GroupSize, IReadOnlyList<string> Materials, IReadOnlyList<SessionStep> Steps, IReadOnlyList<string> Outputs)
{
    public static MethodSession? Of(Entry entry) => entry.Fields.Object("guide") is { } g
        ? new MethodSession(g.Integer("duration") ?? 0, IntRange.Of(g.Object("group_size")), [.. g.Texts("materials")],
            [.. g.Objects("steps").Select(s => new SessionStep(s.Integer("minutes") ?? 0, s["do"] as TextValue))], [.. g.Texts("outputs")])
        : null;
}
