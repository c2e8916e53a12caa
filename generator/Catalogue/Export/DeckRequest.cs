namespace Catalogue.Export;

/// <summary>An entry a deck covers, with its minutes when the deck comes from a workshop.</summary>
internal sealed record DeckBlock(string Id, int? Minutes);

/// <summary>What a deck covers, in order; a workshop also gives the start time and the group size.</summary>
internal sealed record DeckRequest(string? Title, IReadOnlyList<DeckBlock> Blocks, TimeOnly? Start = null, int? GroupSize = null);

/// <summary>A request that cannot be met: a bad option, an unknown id, an unreadable workshop file. Its message is for the person who typed it.</summary>
internal sealed class DeckRequestException(string message) : Exception(message);
