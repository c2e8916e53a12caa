using System.Text;
using System.Text.RegularExpressions;

namespace Catalogue.Rendering;

/// <summary>
/// HtmlRenderer and Markdig close void elements XML-style (<c>&lt;meta … /&gt;</c>); HTML has no such
/// thing, and the validator's recommended style is the plain <c>&lt;meta …&gt;</c>. Attribute values are
/// encoded by then, so no quote or angle bracket inside one can fool the pattern.
/// </summary>
internal static partial class VoidElements
{
    /// <summary>
    /// Writes the page as UTF-8 with its void elements unclosed into a buffer that grows as needed and is
    /// kept for the next page, so rendering thousands of pages does not make garbage of each one.
    /// </summary>
    /// <returns>How many bytes of the buffer hold the page.</returns>
    public static int WriteUtf8(ReadOnlySpan<char> html, ref byte[] buffer)
    {
        var most = Encoding.UTF8.GetMaxByteCount(html.Length);
        if (buffer.Length < most) buffer = new byte[Math.Max(most, buffer.Length * 2)];
        var written = 0;
        var copied = 0;
        foreach (var match in SelfClosing().EnumerateMatches(html))
        {
            written += Encoding.UTF8.GetBytes(html[copied..match.Index], buffer.AsSpan(written));
            // The match ends in "/>": keep the tag up to the space before the slash.
            written += Encoding.UTF8.GetBytes(html.Slice(match.Index, match.Length - 2).TrimEnd(), buffer.AsSpan(written));
            buffer[written++] = (byte)'>';
            copied = match.Index + match.Length;
        }
        return written + Encoding.UTF8.GetBytes(html[copied..], buffer.AsSpan(written));
    }

    [GeneratedRegex(@"<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b[^<>]*?\s*/>", RegexOptions.CultureInvariant)]
    private static partial Regex SelfClosing();
}
