using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

namespace Catalogue.Export;

/// <summary>
/// Writes fitted slides as a PowerPoint file with the Open XML SDK: one master, one blank layout and a
/// plain theme (<see cref="DeckTheme"/>), and on each slide a colour band and text boxes placed and sized
/// by <see cref="SlideLayouts"/>. Text never autofits: the paginator has already made it fit.
/// </summary>
internal static class DeckWriter
{
    public static void Write(Stream output, IReadOnlyList<FittedSlide> slides, string title, string author)
    {
        using var document = PresentationDocument.Create(output, PresentationDocumentType.Presentation);
        document.PackageProperties.Title = title;
        document.PackageProperties.Creator = author;
        var presentation = document.AddPresentationPart();
        var master = DeckTheme.AddMaster(presentation, out var layout);

        var ids = new SlideIdList();
        uint nextId = 256; // slide ids start at 256
        foreach (var slide in slides)
        {
            var part = presentation.AddNewPart<SlidePart>();
            part.AddPart(layout);
            part.Slide = new Slide(new CommonSlideData(Shapes(slide)), new ColorMapOverride(new A.MasterColorMapping()));
            ids.Append(new SlideId { Id = nextId++, RelationshipId = presentation.GetIdOfPart(part) });
        }
        presentation.Presentation = new Presentation(
            new SlideMasterIdList(new SlideMasterId { Id = 2147483648U, RelationshipId = presentation.GetIdOfPart(master) }),
            ids,
            new SlideSize { Cx = (int)Emu(SlideLayouts.SlideWidth), Cy = (int)Emu(SlideLayouts.SlideHeight) },
            new NotesSize { Cx = 6858000, Cy = 9144000 },
            new DefaultTextStyle());
    }

    private static ShapeTree Shapes(FittedSlide fitted)
    {
        var slide = fitted.Content;
        var tree = DeckTheme.EmptyTree();
        uint id = 2;
        tree.Append(Band(id++, slide.Colour));
        if (slide.IsTitleSlide)
        {
            tree.Append(TextBox(id++, "Title", SlideLayouts.CoverTitle, A.TextAnchoringTypeValues.Bottom,
                [Paragraph(slide.Title, fitted.TitleSize, bold: true, SlideLayouts.TextColour)]));
            tree.Append(TextBox(id, "Subtitle", SlideLayouts.CoverSubtitle, A.TextAnchoringTypeValues.Top,
                slide.Subtitle!.Split('\n').Select(line => Paragraph(line, SlideLayouts.CoverSubtitleSize, bold: false, SlideLayouts.MutedColour))));
            return tree;
        }
        tree.Append(TextBox(id++, "Title", SlideLayouts.Title, A.TextAnchoringTypeValues.Top,
            [Paragraph(slide.Title, fitted.TitleSize, bold: true, SlideLayouts.TextColour)]));
        tree.Append(TextBox(id, "Body", SlideLayouts.Body, A.TextAnchoringTypeValues.Top,
            slide.Body.Select((text, i) => BodyParagraph(text, fitted.Scale, first: i == 0))));
        return tree;
    }

    private static Shape Band(uint id, string colour) => new(
        new NonVisualShapeProperties(new NonVisualDrawingProperties { Id = id, Name = "Band" }, new NonVisualShapeDrawingProperties(), new ApplicationNonVisualDrawingProperties()),
        new ShapeProperties(Transform(SlideLayouts.Band), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle },
            new A.SolidFill(new A.RgbColorModelHex { Val = colour }), new A.Outline(new A.NoFill())),
        new TextBody(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph()));

    private static Shape TextBox(uint id, string name, SlideBox box, A.TextAnchoringTypeValues anchor, IEnumerable<A.Paragraph> paragraphs) => new(
        new NonVisualShapeProperties(new NonVisualDrawingProperties { Id = id, Name = name }, new NonVisualShapeDrawingProperties { TextBox = true }, new ApplicationNonVisualDrawingProperties()),
        new ShapeProperties(Transform(box), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }, new A.NoFill()),
        new TextBody([
            new A.BodyProperties(new A.NoAutoFit()) { Wrap = A.TextWrappingValues.Square, LeftInset = 0, TopInset = 0, RightInset = 0, BottomInset = 0, Anchor = anchor },
            new A.ListStyle(),
            .. paragraphs]));

    private static A.Paragraph BodyParagraph(SlideText text, double scale, bool first)
    {
        var size = SlideLayouts.Size(text.Style) * scale;
        var properties = Spacing(size, first ? 0 : SlideLayouts.SpaceBefore(text.Style) * scale);
        if (SlideLayouts.Hangs(text.Style))
        {
            properties.LeftMargin = (int)Emu(SlideLayouts.Indent);
            properties.Indent = -(int)Emu(SlideLayouts.Indent);
            properties.Append(new A.BulletFont { Typeface = SlideLayouts.Font });
            properties.Append(text.Style switch
            {
                TextStyle.Step => new A.AutoNumberedBullet { Type = A.TextAutoNumberSchemeValues.ArabicPeriod, StartAt = text.Number },
                TextStyle.Reference => new A.CharacterBullet { Char = "–" },
                _ => (OpenXmlElement)new A.CharacterBullet { Char = "•" },
            });
        }
        else properties.Append(new A.NoBullet());
        var colour = text.Style is TextStyle.Facts or TextStyle.Reference ? SlideLayouts.MutedColour : SlideLayouts.TextColour;
        return new A.Paragraph(properties, Run(text.Text, size, SlideLayouts.Bold(text.Style), colour));
    }

    private static A.Paragraph Paragraph(string text, double size, bool bold, string colour)
    {
        var properties = Spacing(size, 0);
        properties.Append(new A.NoBullet());
        return new A.Paragraph(properties, Run(text, size, bold, colour));
    }

    /// <summary>Exact line spacing, so every app draws the height the paginator counted.</summary>
    private static A.ParagraphProperties Spacing(double size, double before) => new(
        new A.LineSpacing(new A.SpacingPoints { Val = Hundredths(size * SlideLayouts.LineHeight) }),
        new A.SpaceBefore(new A.SpacingPoints { Val = Hundredths(before) }));

    private static A.Run Run(string text, double size, bool bold, string colour) => new(
        new A.RunProperties(new A.SolidFill(new A.RgbColorModelHex { Val = colour }), new A.LatinFont { Typeface = SlideLayouts.Font })
        {
            Language = "en-GB", FontSize = Hundredths(size), Bold = bold, Dirty = false,
        },
        new A.Text(text));

    private static A.Transform2D Transform(SlideBox box) => new(
        new A.Offset { X = Emu(box.X), Y = Emu(box.Y) },
        new A.Extents { Cx = Emu(box.Width), Cy = Emu(box.Height) });

    private static long Emu(double points) => (long)Math.Round(points * SlideLayouts.EmuPerPoint);

    private static int Hundredths(double points) => (int)Math.Round(points * 100);
}
