namespace Catalogue.Diagnostics;

/// <summary>Every diagnostic code, so each message has one stable name users can search for.</summary>
internal static class Codes
{
    // Reading files
    public const string Unreadable = "CAT001";
    public const string NotUtf8 = "CAT002";
    public const string TooLarge = "CAT003";
    public const string UnknownFolder = "CAT004";
    public const string OutsideContent = "CAT005";

    // Front matter syntax
    public const string NoFrontMatter = "CAT010";
    public const string UnclosedFrontMatter = "CAT011";
    public const string YamlSyntax = "CAT012";
    public const string NotAMapping = "CAT013";
    public const string DuplicateKey = "CAT014";
    public const string YamlAlias = "CAT015";
    public const string TooDeep = "CAT016";

    // Fields
    public const string MissingField = "CAT020";
    public const string WrongType = "CAT021";
    public const string UnknownField = "CAT022";
    public const string InvalidValue = "CAT023";
    public const string SummaryTooLong = "CAT024";
    public const string EmptyValue = "CAT025";
    public const string ReadingWithoutReason = "CAT026";
    public const string StepsDoNotAddUp = "CAT027";
    public const string CitedGuidance = "CAT028";
    public const string UncitedFact = "CAT029";

    // Identity
    public const string InvalidId = "CAT030";
    public const string DuplicateId = "CAT031";

    // References and links
    public const string UnknownReference = "CAT040";
    public const string WrongReferenceType = "CAT041";
    public const string UnknownSource = "CAT042";
    public const string BrokenLink = "CAT043";
    public const string UnsafeUrl = "CAT044";
    public const string SelfReference = "CAT045";
    public const string CitedSourceNotListed = "CAT046";
    public const string ExternalImage = "CAT047";
    public const string ImageWithoutAlt = "CAT048";
    public const string FigureNotListed = "CAT049";

    // Body
    public const string MissingSection = "CAT050";
    public const string RawHtml = "CAT051";
    public const string EmptySection = "CAT052";
    public const string TemplatePlaceholder = "CAT053";
    public const string SectionBody = "CAT054";
    public const string UnsupportedMarkdown = "CAT055";
    public const string BadImage = "CAT056";

    // Workshop plans
    public const string BlockNotOneKind = "CAT057";
    public const string InvalidClockTime = "CAT058";

    // Whole catalogue
    public const string Orphan = "CAT060";
    public const string UncitedSource = "CAT061";
    public const string SiteConfig = "CAT062";
    public const string TypesFile = "CAT063";

    // Rendering: a bug in the generator, never in the content
    public const string UnsafeHtml = "CAT070";
}
