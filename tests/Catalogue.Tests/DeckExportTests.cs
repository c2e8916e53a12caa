using Catalogue.Diagnostics;
using Catalogue.Export;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Find;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using P = DocumentFormat.OpenXml.Presentation;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Tests;

/// <summary>`catalogue export deck` on the real content: a valid PowerPoint file whose text stays on its slides.</summary>
public sealed class DeckExportTests : IDisposable
{
    private static readonly Lazy<LoadedCatalogue> Real = new(() =>
        new CatalogueLoader(new ContentPaths(Path.Combine(RealSiteFixture.RepositoryRoot, "content")), null, new DiagnosticBag(), new StageTimings()).Load());

    private readonly string _folder = Directory.CreateTempSubdirectory("catalogue-deck-").FullName;

    private static DeckRequest Request(string? title, params string[] ids) => new(title, ids.Select(id => new DeckBlock(id, null)).ToList());

    private string Write(DeckRequest request, string name = "workshop.pptx")
    {
        var path = Path.Combine(_folder, name);
        using (var file = File.Create(path))
            DeckExport.Write(file, Real.Value.Index, Real.Value.Graph, request);
        return path;
    }

    /// <summary>Each slide's texts, shape by shape, in slide order.</summary>
    private static List<Dictionary<string, string>> Slides(string path)
    {
        using var document = PresentationDocument.Open(path, false);
        var presentation = document.PresentationPart!;
        return presentation.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => ((SlidePart)presentation.GetPartById(id.RelationshipId!)).Slide.Descendants<P.Shape>()
                .ToDictionary(s => s.NonVisualShapeProperties!.NonVisualDrawingProperties!.Name!.Value!, s => string.Join("\n", s.TextBody!.Elements<DocumentFormat.OpenXml.Drawing.Paragraph>().Select(p => p.InnerText))))
            .ToList();
    }

    [Fact]
    public void The_deck_is_valid_Open_XML_with_a_slide_per_entry_between_the_agenda_and_the_references()
    {
        var path = Write(Request("Co-creation for the sales team", "co-ideation", "co-design", "bekaert-carding"));
        using (var document = PresentationDocument.Open(path, false))
        {
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
            Assert.Empty(errors);
        }
        var titles = Slides(path).Select(s => s["Title"]).ToList();
        Assert.Equal("Co-creation for the sales team", titles[0]);
        Assert.Equal("Agenda", titles[1]);
        Assert.Equal(["Co-ideation", "Co-design"], titles[2..4]);
        Assert.All(titles[4..^1], t => Assert.StartsWith("Bekaert carding solutions", t));
        Assert.Equal("References", titles[^1]);

        var coDesign = Slides(path)[3]["Body"];
        Assert.Contains("Restate the chosen idea and the customer outcome it must deliver.", coDesign);
        Assert.Contains("Empowered interaction capability", coDesign);
        var bekaert = string.Join("\n", Slides(path).Where(s => s["Title"].StartsWith("Bekaert")).Select(s => s["Body"]));
        Assert.Contains("Customers opened their lines to trials of the new spike shapes (Marcos-Cuevas et al., 2016, Table 5).", bekaert);
        Assert.Contains("Marcos-Cuevas, J.", Slides(path)[^1]["Body"]);
    }

    [Fact]
    public void A_method_slide_is_an_exercise_with_its_minutes_marked_as_the_catalogue_s_advice()
    {
        var slides = Slides(Write(Request(null, "joint-trial-on-the-customer-line")));
        var method = slides.Where(s => s["Title"].StartsWith("Joint trial on the customer's line")).Select(s => s["Body"]).ToList();
        Assert.NotEmpty(method);
        var body = string.Join("\n", method);
        Assert.Contains("Session: 120 min · 4–10 people (the catalogue's advice)", body);
        Assert.Contains("15 min: Agree the one question the trial must answer", body);
        Assert.Contains("Bekaert carding solutions", body);
    }

    [Fact]
    public void A_workshop_file_gives_the_agenda_its_times_and_its_order()
    {
        var file = Path.Combine(_folder, "workshop.json");
        File.WriteAllText(file, """
            {"format": "co-creation-workshop", "version": 1, "title": "Kick-off", "start": "13:30", "group_size": 8,
             "blocks": [{"id": "compelling-event", "kind": "concept", "minutes": 20}, {"id": "co-diagnosis", "kind": "practice", "minutes": 90}, {"id": "empowered", "kind": "capability"}]}
            """);
        var request = WorkshopFile.Read(file);
        var slides = Slides(Write(request));
        Assert.Equal("Kick-off", slides[0]["Title"]);
        Assert.Contains("Starts at 13:30 · 8 participants", slides[0]["Subtitle"]);
        Assert.StartsWith("13:30–13:50  Compelling event (concept, 20 min)\n", slides[1]["Body"]);
        Assert.Contains("13:50–15:20  Co-diagnosis (practice, 90 min)", slides[1]["Body"]);
        Assert.Contains("15:20–15:35  Empowered interaction capability (capability, 15 min)", slides[1]["Body"]);
        Assert.Equal(["Compelling event", "Co-diagnosis", "Empowered interaction capability"], slides.Skip(2).Take(3).Select(s => s["Title"]));
    }

    [Fact]
    public void No_slide_of_any_real_entry_holds_more_text_than_its_box()
    {
        var everything = Real.Value.Index.Entries.Where(e => e.Kind.WorkshopBlock).Select(e => e.Id).ToArray();
        var slides = DeckExport.Fit(Real.Value.Index, Real.Value.Graph, Request(null, everything));
        Assert.All(slides, s =>
        {
            Assert.InRange(SlidePaginator.Height(s.Content.Body, s.Scale), 0, SlideLayouts.Body.Height);
            Assert.InRange(s.Scale, SlidePaginator.MinScale, 1);
            Assert.InRange(SlidePaginator.TitleHeight(s.Content.Title, SlideLayouts.Title, s.TitleSize), 0, SlideLayouts.Title.Height);
        });
    }

    [SkippableLibreOfficeFact]
    public async Task LibreOffice_opens_the_deck_with_one_page_per_slide_and_the_longest_practice_stays_in_its_box()
    {
        // The practice with the most text on its slide, measured at full size.
        var index = Real.Value.Index;
        var longest = index.OfKind(Catalogue.Model.Types.Standard.EntryTypes.Practice)
            .Select(p => (p.Id, Slide: DeckExport.Fit(index, Real.Value.Graph, Request(null, p.Id))[2]))
            .OrderByDescending(p => SlidePaginator.Height(p.Slide.Content.Body, 1)).First().Id;
        var path = Write(Request(null, longest, "co-design", "bekaert-carding", "rolls-royce-totalcare"));
        var slides = Slides(path);

        var pdf = await LibreOffice.ToPdfAsync(path);
        Assert.Equal(slides.Count, PdfPages.Count(await File.ReadAllBytesAsync(pdf)));
        var pages = await LibreOffice.WordsAsync(pdf);
        Assert.Equal(slides.Count, pages.Count);
        const double Slack = 2; // points: glyphs' boxes reach a little past their line
        for (var i = 0; i < pages.Count; i++)
        {
            var outside = pages[i].Where(w => w.XMin < SlideLayouts.Body.X - Slack || w.XMax > SlideLayouts.Body.X + SlideLayouts.Body.Width + Slack
                                              || w.YMax > SlideLayouts.Body.Y + SlideLayouts.Body.Height + Slack).Select(w => w.Text).ToList();
            Assert.True(outside.Count == 0, $"slide {i + 1} ({slides[i]["Title"]}): text past its box: {string.Join(" ", outside)}");
        }
    }

    [Fact]
    public async Task The_command_names_a_misspelt_id_and_exits_with_bad_usage()
    {
        var outcome = await CatalogueProcess.RunAsync(RealSiteFixture.RepositoryRoot, new Dictionary<string, string>(),
            "export", "deck", "--practices", "co-desing", "--out", Path.Combine(_folder, "x.pptx"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("unknown practice 'co-desing' (did you mean 'co-design'?)", outcome.Errors);
        Assert.False(File.Exists(Path.Combine(_folder, "x.pptx")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
