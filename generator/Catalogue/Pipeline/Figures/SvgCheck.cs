using System.Globalization;
using System.Xml;

namespace Catalogue.Pipeline.Figures;

/// <summary>
/// Reads an SVG file as XML and refuses what could run or reach outside the site: scripts, event handlers,
/// embedded documents and references to other files or sites. Nothing is cleaned: the contributor is told
/// what to remove, as with raw HTML in Markdown.
/// </summary>
internal static class SvgCheck
{
    private static readonly HashSet<string> Refused = new(StringComparer.OrdinalIgnoreCase) { "script", "foreignObject", "iframe", "embed", "object", "handler", "listener" };

    /// <summary>The SVG's size from its viewBox (or width and height), or the reason it is refused.</summary>
    public static (FigureInfo? Info, string? Problem) Inspect(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(path, settings);
            FigureInfo? info = null;
            var inStyle = false;
            while (reader.Read())
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && inStyle && RefersOutside(reader.Value))
                    return (null, "has a <style> that loads from another file or site");
                if (reader.NodeType != XmlNodeType.Element) continue;
                inStyle = reader.LocalName == "style";
                if (info is null)
                {
                    if (reader.LocalName != "svg") return (null, "is not an SVG image (its first element is not <svg>)");
                    info = SizeOf(reader);
                    if (info is null) return (null, "has no size: give its <svg> element a viewBox or a width and height");
                }
                if (Refused.Contains(reader.LocalName)) return (null, $"holds a <{reader.LocalName}> element");
                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    var (name, value) = (reader.LocalName, reader.Value.Trim());
                    if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) return (null, $"has an event handler ({reader.Name})");
                    if (name == "href" && !value.StartsWith('#')) return (null, $"refers to '{value}' outside itself");
                    if (name == "style" && RefersOutside(value)) return (null, "has a style that loads from another file or site");
                }
                reader.MoveToElement();
            }
            return info is null ? (null, "is empty") : (info, null);
        }
        catch (XmlException e)
        {
            return (null, e.Message.Contains("DTD", StringComparison.Ordinal) ? "has a DOCTYPE with entities, which are not allowed" : $"is not well-formed XML ({e.Message})");
        }
    }

    private static bool RefersOutside(string css) =>
        css.Contains("@import", StringComparison.OrdinalIgnoreCase)
        || System.Text.RegularExpressions.Regex.IsMatch(css, @"url\(\s*['""]?(?!#)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static FigureInfo? SizeOf(XmlReader svg)
    {
        if (svg.GetAttribute("viewBox") is { } box
            && box.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries) is [_, _, var w, var h]
            && Number(w) is > 0 and var width && Number(h) is > 0 and var height)
            return new FigureInfo(FigureFormat.Svg, (int)Math.Ceiling(width), (int)Math.Ceiling(height));
        return Number(svg.GetAttribute("width")?.Replace("px", "")) is > 0 and var ww && Number(svg.GetAttribute("height")?.Replace("px", "")) is > 0 and var hh
            ? new FigureInfo(FigureFormat.Svg, (int)Math.Ceiling(ww), (int)Math.Ceiling(hh)) : null;
    }

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;
}
