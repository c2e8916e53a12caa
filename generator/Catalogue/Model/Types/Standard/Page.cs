namespace Catalogue.Model.Types.Standard;

internal static partial class EntryTypes
{
    /// <summary>The page type, as the standard model holds it (with "any entry" spelled out).</summary>
    public static EntryType Page => Standard.Named("page")!;

    private static readonly EntryType PageDeclaration = new()
    {
        Name = "page",
        Folder = "pages",
        Label = "About",
        Order = 90,
        Description = "A free page: the home introduction, about, the model explained.",
        Fields =
        [
            .. Fields.Common(false),
            new("featured", ReferenceType.Any, false, "The home page only: an entry it features beside the model, such as the idea that holds it together."),
        ],
        IsPage = true,
        InNavigation = false,
        ReachableWithoutLinks = true,
        Scaffolded = false,
    };

}
