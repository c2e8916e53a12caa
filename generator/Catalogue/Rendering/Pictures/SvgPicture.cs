using System.Text;

namespace Catalogue.Rendering.Pictures;

/// <summary>
/// The frame of a picture drawn from the data: the svg element with its title and description, which name it for
/// screen readers, and what is drawn inside. Colours come from the palette's fill-/stroke- classes, since the
/// Content-Security-Policy allows no style attribute.
/// </summary>
/// <param name="Id">Unique on the page: the title's and description's ids start with it.</param>
/// <param name="Interactive">Holds links, so it is a group of them; otherwise one image to assistive technology.</param>
internal sealed class SvgPicture(string Id, string CssClass, double Width, double Height, string Title, string Description, bool Interactive = false)
{
    private readonly StringBuilder _body = new();

    public SvgPicture Add(string markup)
    {
        _body.Append(markup);
        return this;
    }

    public override string ToString()
    {
        var role = Interactive ? "group" : "img";
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"picture {CssClass}\" id=\"{Id}\" viewBox=\"0 0 {SvgText.Number(Width)} {SvgText.Number(Height)}\" "
             + $"role=\"{role}\" aria-labelledby=\"{Id}-title\" aria-describedby=\"{Id}-desc\">"
             + $"<title id=\"{Id}-title\">{SvgText.Escape(Title)}</title><desc id=\"{Id}-desc\">{SvgText.Escape(Description)}</desc>"
             + _body + "</svg>";
    }

    /// <summary>A line of text; anchor is start, middle or end.</summary>
    public static string Text(double x, double y, string text, string cssClass, string anchor = "start") =>
        $"<text x=\"{SvgText.Number(x)}\" y=\"{SvgText.Number(y)}\" class=\"{cssClass}\" text-anchor=\"{anchor}\" dominant-baseline=\"central\">{SvgText.Escape(text)}</text>";

    /// <summary>
    /// Lines of text one under the other, the block centred on y: one text element whose lines are separated by a space,
    /// so that the text reads, and names a link, as the words it shows.
    /// </summary>
    public static string Lines(double x, double y, IReadOnlyList<string> lines, double lineHeight, string cssClass, string anchor = "start")
    {
        var top = y - (lines.Count - 1) * lineHeight / 2;
        return $"<text class=\"{cssClass}\" text-anchor=\"{anchor}\" dominant-baseline=\"central\">"
             + string.Join(" ", lines.Select((line, i) => $"<tspan x=\"{SvgText.Number(x)}\" y=\"{SvgText.Number(top + i * lineHeight)}\">{SvgText.Escape(line)}</tspan>"))
             + "</text>";
    }

    public static string Rect(double x, double y, double width, double height, string cssClass, double radius = 0, string? extra = null) =>
        $"<rect x=\"{SvgText.Number(x)}\" y=\"{SvgText.Number(y)}\" width=\"{SvgText.Number(width)}\" height=\"{SvgText.Number(height)}\""
        + (radius > 0 ? $" rx=\"{SvgText.Number(radius)}\"" : "") + $" class=\"{cssClass}\"{(extra is null ? "" : " " + extra)}/>";
}
