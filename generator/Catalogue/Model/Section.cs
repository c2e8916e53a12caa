namespace Catalogue.Model;

/// <summary>A type's folder described in its _index.md, as Hugo's sections are: the list page's title and introduction.</summary>
internal sealed record Section(string File, string? Title, string Summary);
