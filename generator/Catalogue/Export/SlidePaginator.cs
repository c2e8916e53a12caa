namespace Catalogue.Export;

/// <summary>
/// Fits a slide's text in the body box: at full size if it fits, else a little smaller (down to
/// <see cref="MinScale"/>), else over as many continuation slides "(cont.)" as it needs, at full size.
/// Heights are estimated from the font sizes, the exact line spacing and the wrapped line count.
/// </summary>
internal static class SlidePaginator
{
    public const double MinScale = 0.85;
    private static readonly double[] Scales = [1.0, 0.925, MinScale];

    public static IEnumerable<FittedSlide> Fit(SlideContent slide)
    {
        if (slide.IsTitleSlide) return [new FittedSlide(slide, 1, TitleSize(slide.Title, SlideLayouts.CoverTitle, SlideLayouts.CoverTitleSize))];
        foreach (var scale in Scales)
            if (Height(slide.Body, scale) <= SlideLayouts.Body.Height)
                return [Fitted(slide, scale)];
        return Split(slide);
    }

    private static FittedSlide Fitted(SlideContent slide, double scale) =>
        new(slide, scale, TitleSize(slide.Title, SlideLayouts.Title, SlideLayouts.TitleSize));

    /// <summary>The largest size, from the layout's down to two thirds of it, at which a title fits its box.</summary>
    public static double TitleSize(string title, SlideBox box, double largest)
    {
        var size = largest;
        while (size > largest * 2 / 3 && TitleHeight(title, box, size) > box.Height) size -= 1;
        return size;
    }

    public static double TitleHeight(string title, SlideBox box, double size) =>
        TextMeasure.LineCount(title, size, box.Width, bold: true) * size * SlideLayouts.LineHeight;

    /// <summary>The height of paragraphs set at a scale, in points; the first one's space before does not count.</summary>
    public static double Height(IReadOnlyList<SlideText> body, double scale) =>
        body.Select((text, i) => Height(text, scale) - (i == 0 ? SlideLayouts.SpaceBefore(text.Style) * scale : 0)).Sum();

    private static double Height(SlideText text, double scale)
    {
        var size = SlideLayouts.Size(text.Style) * scale;
        var width = SlideLayouts.Body.Width - (SlideLayouts.Hangs(text.Style) ? SlideLayouts.Indent : 0);
        var lines = TextMeasure.LineCount(text.Text, size, width, SlideLayouts.Bold(text.Style));
        return SlideLayouts.SpaceBefore(text.Style) * scale + lines * size * SlideLayouts.LineHeight;
    }

    /// <summary>Fills slides paragraph by paragraph; a heading never ends a slide, it goes with what it heads.</summary>
    private static IEnumerable<FittedSlide> Split(SlideContent slide)
    {
        var pages = new List<List<SlideText>> { new() };
        foreach (var text in slide.Body)
        {
            var page = pages[^1];
            if (page.Count > 0 && Height([.. page, text], 1) > SlideLayouts.Body.Height)
            {
                var next = new List<SlideText>();
                if (page[^1].Style == TextStyle.Heading)
                {
                    next.Add(page[^1]);
                    page.RemoveAt(page.Count - 1);
                }
                pages.Add(next);
            }
            pages[^1].Add(text);
        }
        return pages.Select((body, i) => Fitted(slide with { Title = i == 0 ? slide.Title : $"{slide.Title} (cont.)", Body = body }, 1));
    }
}
