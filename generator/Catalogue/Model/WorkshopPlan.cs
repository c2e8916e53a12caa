using System.Globalization;

namespace Catalogue.Model;

/// <summary>What a block of a plan is: an entry of the catalogue, a break, or a block of the trainer's own.</summary>
internal enum PlanBlockKind { Entry, Break, Custom }

/// <param name="Id">The entry's id, for an entry block.</param>
/// <param name="Title">The trainer's title, for a block of their own.</param>
internal sealed record PlanBlock(PlanBlockKind Kind, string? Id, string? Title, int Minutes, string Notes);

/// <summary>A ready-made workshop plan (a 'workshop' entry), read as the builder and the slides read a workshop.</summary>
internal sealed record WorkshopPlan(string Title, TimeOnly Start, IntRange GroupSize, IReadOnlyList<PlanBlock> Blocks)
{
    /// <summary>When 'start' is left out, as in the builder.</summary>
    public static readonly TimeOnly DefaultStart = new(9, 0);

    public static WorkshopPlan Of(Entry plan)
    {
        var f = plan.Fields;
        var start = TimeOnly.TryParseExact(f.Text("start"), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : DefaultStart;
        // The validator allows exactly one kind per block; the entry wins here only so a faulty plan still draws.
        var blocks = f.Objects("blocks").Select(b => new PlanBlock(
            b.Ref("entry") is not null ? PlanBlockKind.Entry : b.Flag("break") ? PlanBlockKind.Break : PlanBlockKind.Custom,
            b.Ref("entry"), b.Text("title"), b.Integer("minutes") ?? 0, b.Text("notes") ?? "")).ToList();
        return new WorkshopPlan(plan.Title, start, IntRange.Of(f.Object("group_size")), blocks);
    }

    public int TotalMinutes => Blocks.Sum(b => b.Minutes);

    /// <summary>Each block with the clock time it starts at.</summary>
    public IEnumerable<(TimeOnly Start, PlanBlock Block)> Timed()
    {
        var at = Start;
        foreach (var block in Blocks)
        {
            yield return (at, block);
            at = at.AddMinutes(block.Minutes);
        }
    }

    /// <summary>"4 h 5 min", "45 min".</summary>
    public static string Duration(int minutes) => minutes < 60 ? $"{minutes} min"
        : minutes % 60 == 0 ? $"{minutes / 60} h" : $"{minutes / 60} h {minutes % 60} min";
}
