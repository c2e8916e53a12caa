namespace Catalogue.Model.Types.Standard;

internal static partial class EntryTypes
{
    /// <summary>The catalogue's types, as the generator builds every site.</summary>
    public static ContentModel Standard => _standard.Value;

    // Lazy: the declarations live in several files, whose static fields C# initializes in no fixed order.
    private static readonly Lazy<ContentModel> _standard = new(() => new([DimensionDeclaration, PracticeDeclaration, MethodDeclaration, CapabilityDeclaration, CaseDeclaration, ConceptDeclaration, FrameworkDeclaration, ChallengeDeclaration, WorkshopDeclaration, PageDeclaration]));

    /// <summary>Free pages (home, about) as declared: every site has them, whatever its other types (a library's types.yaml).</summary>
    public static EntryType FreePages => PageDeclaration;
}
