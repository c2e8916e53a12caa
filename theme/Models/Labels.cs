namespace Catalogue.Theme.Models;

/// <summary>Labels the pages derive from names in the model.</summary>
public static class Labels
{
    /// <summary>A facet name as a filter heading: "dimension" → "Dimension".</summary>
    public static string FacetLabel(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ');
}
