namespace Catalogue.Model.Types.Standard;

internal static partial class EntryTypes
{
    public static readonly EntryType Page = new()
    {
        Name = "page",
        Folder = "pages",
        Label = "About",
        Order = 90,
        Description = "A free page: the home introduction, about, the model explained.",
        Fields = [.. Fields.Common(false)],
        IsPage = true,
        InNavigation = false,
        ReachableWithoutLinks = true,
        Scaffolded = false,
    };

}
