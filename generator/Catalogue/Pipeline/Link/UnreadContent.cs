namespace Catalogue.Pipeline.Link;

/// <summary>
/// Content that is there but could not be read, its own error already reported. Links to it are not
/// reported again: "unknown entry" for a file that exists, or "unknown source" for every citation when
/// sources.yaml is broken, would send the reader looking in the wrong place.
/// </summary>
/// <param name="EntryIds">Ids of entry files that failed to read.</param>
/// <param name="Bibliography">True when sources.yaml is missing or not a list of sources.</param>
internal sealed record UnreadContent(IReadOnlySet<string> EntryIds, bool Bibliography);
