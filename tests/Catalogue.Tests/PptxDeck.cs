using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Catalogue.Tests;

/// <summary>A text box of a slide: its paragraphs and where it sits, in points from the top left.</summary>
public sealed record DeckBox(IReadOnlyList<string> Paragraphs, double X, double Y, double Width, double Height)
{
    public string Text => string.Join("\n", Paragraphs);
}

/// <summary>A slide as a reader of the file finds it: the text of its title placeholder, its other text boxes and its speaker notes.</summary>
public sealed record DeckSlide(string? Title, IReadOnlyList<DeckBox> Boxes, string Notes)
{
    public string Body => string.Join("\n", Boxes.Select(b => b.Text));

    /// <summary>Words as a person counts them: runs holding a letter or a digit (not "·" or "–").</summary>
    public int Words => Boxes.SelectMany(b => b.Paragraphs).SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>The slide's text for comparing two decks: title, boxes and notes.</summary>
    public string AllText => $"{Title}\n{Body}\n--\n{Notes}";
}

/// <summary>Reads a .pptx with the Open XML SDK, as PowerPoint would see it.</summary>
public static class PptxDeck
{
    private const double EmuPerPoint = 12_700;

    public static IReadOnlyList<DeckSlide> Read(string path)
    {
        using var document = PresentationDocument.Open(path, false);
        var presentation = document.PresentationPart!;
        return presentation.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => (SlidePart)presentation.GetPartById(id.RelationshipId!))
            .Select(part =>
            {
                var shapes = part.Slide.Descendants<P.Shape>().Where(s => s.TextBody is not null).ToList();
                var title = shapes.FirstOrDefault(IsTitle);
                var boxes = shapes.Where(s => s != title && Paragraphs(s).Any(p => p.Length > 0)).Select(Box).ToList();
                var notes = part.NotesSlidePart?.NotesSlide.Descendants<P.Shape>()
                    .Where(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value == P.PlaceholderValues.Body)
                    .SelectMany(Paragraphs) ?? [];
                return new DeckSlide(title is null ? null : string.Join("\n", Paragraphs(title)), boxes, string.Join("\n", notes).Trim());
            })
            .ToList();
    }

    /// <summary>Problems the Open XML SDK's validator finds, as "part path: description".</summary>
    public static IReadOnlyList<string> ValidationErrors(string path)
    {
        using var document = PresentationDocument.Open(path, false);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    private static bool IsTitle(P.Shape shape) =>
        shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value is { } type
        && (type == P.PlaceholderValues.Title || type == P.PlaceholderValues.CenteredTitle);

    private static IEnumerable<string> Paragraphs(P.Shape shape) => shape.TextBody!.Elements<A.Paragraph>().Select(p => p.InnerText);

    private static DeckBox Box(P.Shape shape)
    {
        var transform = shape.ShapeProperties?.Transform2D;
        static double Points(DocumentFormat.OpenXml.Int64Value? emu) => (emu?.Value ?? 0) / EmuPerPoint;
        return new DeckBox([.. Paragraphs(shape)], Points(transform?.Offset?.X), Points(transform?.Offset?.Y), Points(transform?.Extents?.Cx), Points(transform?.Extents?.Cy));
    }
}
