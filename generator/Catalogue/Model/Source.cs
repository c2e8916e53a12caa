using Catalogue.Diagnostics;

namespace Catalogue.Model;

/// <summary>A work in the bibliography.</summary>
internal sealed record Source(string Id, ObjectValue Fields, SourceLocation At)
{
    // Read once: citations ask for the label of the same few sources thousands of times.
    public IReadOnlyList<string> Authors => field ??= Fields.Texts("authors").ToList();
    public int? Year => Fields.Integer("year");
    public string? Title => Fields.Text("title");

    /// <summary>Author–year label as used in running text: "Karpen et al., 2011".</summary>
    public string ShortLabel => field ??= Label();

    private string Label()
    {
        var families = Authors.Select(a => a.Split(',')[0].Trim()).ToList();
        var who = families.Count switch
        {
            0 => Id,
            1 => families[0],
            2 => $"{families[0]} & {families[1]}",
            _ => $"{families[0]} et al.",
        };
        return Year is { } y ? $"{who}, {y}" : who;
    }
}
