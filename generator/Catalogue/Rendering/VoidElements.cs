using System.Text.RegularExpressions;

namespace Catalogue.Rendering;

/// <summary>
/// HtmlRenderer and Markdig close void elements XML-style (<c>&lt;meta … /&gt;</c>); HTML has no such
/// thing, and the validator's recommended style is the plain <c>&lt;meta …&gt;</c>. Attribute values are
/// encoded by then, so no quote or angle bracket inside one can fool the pattern.
/// </summary>
public static partial class VoidElements
{
    public static string Unclose(string html) => SelfClosing().Replace(html, "$1>");

    [GeneratedRegex(@"(<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b[^<>]*?)\s*/>", RegexOptions.CultureInvariant)]
    private static partial Regex SelfClosing();
}
