namespace Catalogue.Model;

/// <summary>
/// A heading of an entry's body, kept when its Markdown tree is let go: what the section rules and links to
/// a section (…/co-design.md#pitfalls) need to know of it.
/// </summary>
/// <param name="Text">The heading's words, as the required sections are named.</param>
/// <param name="Id">The anchor the page gives it, or null.</param>
/// <param name="Offset">Where it starts in the body, to point at it in a message.</param>
/// <param name="Empty">True when the next heading of its level or above, or the end, follows it at once.</param>
internal sealed record Heading(int Level, string Text, string? Id, int Offset, bool Empty);
