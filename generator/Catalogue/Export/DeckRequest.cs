namespace Catalogue.Export;

/// <summary>
/// A block of a deck: an entry (with its minutes when the deck comes from a workshop), a break, or a block
/// of the trainer's own with a title; any of them may carry the trainer's notes.
/// </summary>
internal sealed record DeckBlock(string Type, string? Id, int? Minutes, string? Title = null, string? Notes = null)
{
    public const string EntryType = "entry", BreakType = "break", CustomType = "custom";

    public static DeckBlock Entry(string id, int? minutes, string? notes = null) => new(EntryType, id, minutes, null, notes);
}

/// <summary>What a deck covers, in order; a workshop also gives the start time and the group size.</summary>
internal sealed record DeckRequest(string? Title, IReadOnlyList<DeckBlock> Blocks, TimeOnly? Start = null, int? GroupSize = null);

/// <summary>A request that cannot be met: a bad option, an unknown id, an unreadable workshop file. Its message is for the person who typed it.</summary>
internal sealed class DeckRequestException(string message) : Exception(message);
