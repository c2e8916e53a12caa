namespace Catalogue.Model.Types.Standard;

internal static partial class EntryTypes
{
    /// <summary>The dimension type, as the standard model holds it (with "any entry" spelled out).</summary>
    public static EntryType Dimension => Standard.Named("dimension")!;

    private static readonly EntryType DimensionDeclaration = new()
    {
        Name = "dimension",
        Folder = "dimensions",
        Order = 10,
        Description = "A family of practices: linking, materializing or institutionalizing.",
        Fields = [.. Fields.Common(true), Fields.Order(true, "Position on the home page.")],
        // The home page shows every dimension with its practices.
        InNavigation = false,
        ReachableWithoutLinks = true,
        Scaffolded = false,
    };
}
