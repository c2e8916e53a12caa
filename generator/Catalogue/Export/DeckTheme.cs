using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

namespace Catalogue.Export;

/// <summary>
/// The parts every deck needs and no slide shows: one slide master with one blank layout, and a plain
/// theme with Arial and the site's colours. Kept to what PowerPoint requires to open a file without repair.
/// </summary>
internal static class DeckTheme
{
    public static SlideMasterPart AddMaster(PresentationPart presentation, out SlideLayoutPart layout)
    {
        var master = presentation.AddNewPart<SlideMasterPart>();
        var theme = master.AddNewPart<ThemePart>();
        theme.Theme = Theme();
        presentation.AddPart(theme);

        layout = master.AddNewPart<SlideLayoutPart>();
        layout.SlideLayout = new SlideLayout(new CommonSlideData(EmptyTree()) { Name = "Blank" }, new ColorMapOverride(new A.MasterColorMapping()))
        {
            Type = SlideLayoutValues.Blank,
        };
        layout.AddPart(master);

        master.SlideMaster = new SlideMaster(
            new CommonSlideData(EmptyTree()),
            new ColorMap
            {
                Background1 = A.ColorSchemeIndexValues.Light1, Text1 = A.ColorSchemeIndexValues.Dark1,
                Background2 = A.ColorSchemeIndexValues.Light2, Text2 = A.ColorSchemeIndexValues.Dark2,
                Accent1 = A.ColorSchemeIndexValues.Accent1, Accent2 = A.ColorSchemeIndexValues.Accent2, Accent3 = A.ColorSchemeIndexValues.Accent3,
                Accent4 = A.ColorSchemeIndexValues.Accent4, Accent5 = A.ColorSchemeIndexValues.Accent5, Accent6 = A.ColorSchemeIndexValues.Accent6,
                Hyperlink = A.ColorSchemeIndexValues.Hyperlink, FollowedHyperlink = A.ColorSchemeIndexValues.FollowedHyperlink,
            },
            new SlideLayoutIdList(new SlideLayoutId { Id = 2147483649U, RelationshipId = master.GetIdOfPart(layout) }),
            new TextStyles(new TitleStyle(), new BodyStyle(), new OtherStyle()));
        return master;
    }

    /// <summary>A slide's shape tree before its shapes: the group every slide, layout and master starts with.</summary>
    public static ShapeTree EmptyTree() => new(
        new NonVisualGroupShapeProperties(
            new NonVisualDrawingProperties { Id = 1U, Name = "" },
            new NonVisualGroupShapeDrawingProperties(),
            new ApplicationNonVisualDrawingProperties()),
        new GroupShapeProperties(new A.TransformGroup(
            new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 },
            new A.ChildOffset { X = 0, Y = 0 }, new A.ChildExtents { Cx = 0, Cy = 0 })));

    private static A.Theme Theme()
    {
        static A.RgbColorModelHex Rgb(string hex) => new() { Val = hex };
        static A.SolidFill Placeholder() => new(new A.SchemeColor { Val = A.SchemeColorValues.PhColor });
        static A.Outline Line() => new(Placeholder()) { Width = 9525 };
        static A.EffectStyle NoEffect() => new(new A.EffectList());

        return new A.Theme(
            new A.ThemeElements(
                new A.ColorScheme(
                    new A.Dark1Color(Rgb(SlideLayouts.TextColour)), new A.Light1Color(Rgb("FFFFFF")),
                    new A.Dark2Color(Rgb(SlideLayouts.MutedColour)), new A.Light2Color(Rgb("F4F6F8")),
                    new A.Accent1Color(Rgb(SlideLayouts.Colour("linking"))), new A.Accent2Color(Rgb(SlideLayouts.Colour("materializing"))),
                    new A.Accent3Color(Rgb(SlideLayouts.Colour("institutionalizing"))), new A.Accent4Color(Rgb(SlideLayouts.Colour("capability"))),
                    new A.Accent5Color(Rgb(SlideLayouts.Colour("case"))), new A.Accent6Color(Rgb(SlideLayouts.Colour(""))),
                    new A.Hyperlink(Rgb("0B57B3")), new A.FollowedHyperlinkColor(Rgb("6330A8")))
                { Name = "Catalogue" },
                new A.FontScheme(
                    new A.MajorFont(new A.LatinFont { Typeface = SlideLayouts.Font }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }),
                    new A.MinorFont(new A.LatinFont { Typeface = SlideLayouts.Font }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }))
                { Name = "Catalogue" },
                new A.FormatScheme(
                    new A.FillStyleList(Placeholder(), Placeholder(), Placeholder()),
                    new A.LineStyleList(Line(), Line(), Line()),
                    new A.EffectStyleList(NoEffect(), NoEffect(), NoEffect()),
                    new A.BackgroundFillStyleList(Placeholder(), Placeholder(), Placeholder()))
                { Name = "Catalogue" }),
            new A.ObjectDefaults(),
            new A.ExtraColorSchemeList())
        { Name = "Catalogue" };
    }
}
