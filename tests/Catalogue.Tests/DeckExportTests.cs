using Catalogue.Diagnostics;
using Catalogue.Export;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.Index;
using Catalogue.Output;

namespace Catalogue.Tests;

/// <summary>
/// `catalogue export deck` on the real content: the site's deck script run under Node.js writes a valid
/// PowerPoint file with a real title on every slide, short slides with the detail in the notes, and text
/// that stays in its boxes when LibreOffice draws it.
/// </summary>
public sealed class DeckExportTests : IDisposable
{
    private static readonly Lazy<LoadedCatalogue> Real = new(() =>
        new CatalogueLoader(new ContentPaths(Path.Combine(RealSiteFixture.RepositoryRoot, "content")), null, new DiagnosticBag(), new StageTimings()).Load());

    private readonly string _folder = Directory.CreateTempSubdirectory("catalogue-deck-").FullName;

    private static DeckRequest Request(string? title, params string[] ids) => new(title, ids.Select(id => DeckBlock.Entry(id, null)).ToList());

    private async Task<string> WriteAsync(DeckRequest request, string name = "workshop.pptx")
    {
        var path = Path.Combine(_folder, name);
        await DeckExport.WriteAsync(path, Real.Value.Index, Real.Value.Graph, request);
        return path;
    }

    private static string[] EveryBlock() => Real.Value.Index.Entries.Where(e => e.Kind.WorkshopBlock).Select(e => e.Id).ToArray();

    [Fact]
    public async Task The_deck_is_valid_Open_XML_with_the_entries_slides_between_the_agenda_and_the_references()
    {
        var path = await WriteAsync(Request("Co-creation for the sales team", "co-ideation", "co-design", "bekaert-carding"));
        var errors = PptxDeck.ValidationErrors(path);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var slides = PptxDeck.Read(path);
        var titles = slides.Select(s => s.Title).Where(t => !t!.EndsWith(" (cont.)")).ToList();
        Assert.Equal(["Co-creation for the sales team", "Agenda", "Materials for the day", "Co-ideation", "Co-ideation: how to run it", "Co-design", "Co-design: how to run it", "Bekaert carding solutions"], titles[..8]);
        Assert.Equal("References", titles[^1]);
        Assert.All(slides, s => Assert.False(string.IsNullOrWhiteSpace(s.Title)));

        var howTo = slides.Single(s => s.Title == "Co-design: how to run it");
        Assert.Contains("Steps (the catalogue's advice)", howTo.Body);
        Assert.Contains("Restate the chosen idea and the customer outcome…", howTo.Body);
        // The whole step and the guide's label are in the notes.
        Assert.Contains("Facilitation guide (the catalogue's advice, not from the research):", howTo.Notes);
        Assert.Contains("1. Restate the chosen idea and the customer outcome it must deliver.", howTo.Notes);
        Assert.Contains("Empowered interaction capability", slides.Single(s => s.Title == "Co-design").Notes);
        var bekaert = slides.Single(s => s.Title == "Bekaert carding solutions");
        Assert.Contains("Customers opened their lines to trials of the new spike shapes (Marcos-Cuevas et al., 2016, Table 5).", bekaert.Notes);
        Assert.Contains("Marcos-Cuevas, J.", slides[^1].Body);
    }

    [Fact]
    public async Task A_method_is_an_exercise_slide_with_minutes_marked_as_advice_and_the_guide_in_its_notes()
    {
        var slides = PptxDeck.Read(await WriteAsync(Request(null, "joint-trial-on-the-customer-line")));
        var intro = slides.Single(s => s.Title == "Joint trial on the customer's line");
        Assert.Contains("Session: 120 min · 4–10 people (the catalogue's advice)", intro.Body);
        Assert.Contains("Seen at: Bekaert carding solutions", intro.Notes);
        var exercise = slides.Single(s => s.Title == "Exercise: Joint trial on the customer's line");
        Assert.Contains("Steps with minutes (the catalogue's advice)", exercise.Body);
        Assert.Contains("15 min · Agree the one question the trial must answer", exercise.Body);
        Assert.Contains("1. 15 min: Agree the one question the trial must answer, and the result that would make both sides stop it.", exercise.Notes);
        Assert.Contains("Materials: trial plan template", exercise.Notes);
    }

    [Fact]
    public async Task A_workshop_file_gives_the_agenda_its_times_breaks_own_blocks_notes_and_group_warnings()
    {
        var file = Path.Combine(_folder, "workshop.json");
        File.WriteAllText(file, """
            {"format": "co-creation-workshop", "version": 2, "title": "Kick-off", "start": "13:30", "group_size": 14,
             "blocks": [{"type": "entry", "id": "compelling-event", "kind": "concept", "minutes": 20, "notes": "Ask for their deadline."},
                        {"type": "break", "minutes": 15},
                        {"type": "entry", "id": "co-design", "kind": "practice", "minutes": 120},
                        {"type": "custom", "title": "Wrap-up and next steps", "minutes": 25, "notes": "Agree owners."},
                        {"id": "empowered", "kind": "capability"}]}
            """);
        var slides = PptxDeck.Read(await WriteAsync(WorkshopFile.Read(file)));
        Assert.Equal("Kick-off", slides[0].Title);
        Assert.Contains("Starts at 13:30 · 14 participants", slides[0].Body);
        Assert.Equal("Agenda", slides[1].Title);
        var agenda = string.Join("\n", slides.Where(s => s.Title!.StartsWith("Agenda")).Select(s => s.Body));
        Assert.Equal(
            ["13:30–13:50  Compelling event (concept), 20 min", "13:50–14:05  Break, 15 min", "14:05–16:05  Co-design (practice), 120 min",
             "16:05–16:30  Wrap-up and next steps, 25 min", "16:30–16:45  Empowered interaction capability (capability), 15 min"],
            agenda.Split('\n'));
        Assert.Contains("Back at 14:05", slides.Single(s => s.Title == "Break").Body);
        Assert.Contains("Your notes: Ask for their deadline.", slides.Single(s => s.Title == "Compelling event").Notes);
        var own = slides.Single(s => s.Title == "Wrap-up and next steps");
        Assert.Contains("16:05–16:30, 25 min", own.Body);
        Assert.Contains("Your notes: Agree owners.", own.Notes);
        // 14 people are more than co-design's advice allows: said in the agenda's notes and on its slide.
        Assert.Contains("Co-design: Works best with 4–10 people (the catalogue's advice); this workshop has 14.", slides[1].Notes);
        Assert.Contains("⚠ Works best with 4–10 people", slides.Single(s => s.Title == "Co-design").Notes);
    }

    [Fact]
    public async Task Every_slide_of_every_real_entry_has_a_title_and_at_most_forty_words_and_an_exercise_stays_whole()
    {
        var slides = PptxDeck.Read(await WriteAsync(Request(null, EveryBlock())));
        Assert.All(slides, s => Assert.False(string.IsNullOrWhiteSpace(s.Title)));
        static bool Exercise(DeckSlide s) => s.Title!.StartsWith("Exercise: ") || s.Title.EndsWith(": how to run it");
        var crowded = slides.Where(s => !s.Title!.StartsWith("References") && s.Words > (Exercise(s) ? EntrySlides.ExerciseWords : 40))
            .Select(s => $"{s.Title} ({s.Words} words)").ToList();
        Assert.Empty(crowded);
        // Every method's steps fit on its one exercise slide.
        Assert.DoesNotContain(slides, s => s.Title!.StartsWith("Exercise: ") && s.Title.EndsWith(" (cont.)"));
    }

    [SkippableLibreOfficeFact]
    public async Task LibreOffice_draws_every_slide_of_every_real_entry_with_its_text_inside_its_boxes()
    {
        var path = await WriteAsync(Request(null, EveryBlock()));
        var slides = PptxDeck.Read(path);
        var pdf = await LibreOffice.ToPdfAsync(path);
        var pages = await LibreOffice.WordsAsync(pdf);
        Assert.Equal(slides.Count, pages.Count);
        const double Slack = 2; // points: glyphs' boxes reach a little past their line
        for (var i = 0; i < pages.Count; i++)
        {
            var boxes = slides[i].Boxes;
            var lowest = boxes.Max(b => b.Y + b.Height);
            // Every word lies within the slide's text boxes, side to side, and above the lowest box's bottom edge.
            var outside = pages[i].Where(w => !boxes.Any(b => w.XMin >= b.X - Slack && w.XMax <= b.X + b.Width + Slack) || w.YMax > lowest + Slack)
                .Select(w => w.Text).ToList();
            Assert.True(outside.Count == 0, $"slide {i + 1} ({slides[i].Title}): text past its box: {string.Join(" ", outside)}");
        }
    }

    [Fact]
    public async Task The_site_s_PptxGenJS_is_the_pinned_release_from_npm()
    {
        var root = RealSiteFixture.RepositoryRoot;
        var package = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(root, "package.json")))!;
        Assert.Equal("4.0.1", (string?)package["devDependencies"]!["pptxgenjs"]);
        await new NodeTools(root).EnsureInstalledAsync(CancellationToken.None);
        var published = File.ReadAllLines(Path.Combine(root, "node_modules", "pptxgenjs", "dist", "pptxgen.bundle.js")).Where(l => !l.StartsWith("//# sourceMappingURL"));
        Assert.Equal(published, File.ReadAllLines(Path.Combine(root, "theme", "assets", "deck", "pptxgen.bundle.js")));
    }

    [Theory]
    [InlineData("""{"format": "co-creation-workshop", "blocks": [{"type": "entry", "id": "co-design", "minutes": "x"}]}""", "is not a workshop file: the value at blocks[0].minutes has the wrong type; download one from the workshop builder's page")]
    [InlineData("""{"format": "co-creation-workshop", "blocks": [{"type": "lunch", "minutes": 30}]}""", "block 1 has the type 'lunch'; use \"entry\", \"break\" or \"custom\"")]
    [InlineData("""{"format": "co-creation-workshop", "blocks": [{"type": "entry"}]}""", "block 1 names no entry; give it an \"id\"")]
    [InlineData("""{nope""", "is not JSON (")]
    [InlineData("""{"blocks": []}""", "is not a workshop file; download one from the workshop builder's page")]
    public void A_broken_workshop_file_is_one_line_naming_what_is_wrong(string json, string message)
    {
        var file = Path.Combine(_folder, "workshop.json");
        File.WriteAllText(file, json);
        var error = Assert.Throws<DeckRequestException>(() => WorkshopFile.Read(file));
        Assert.Contains(message, error.Message);
        Assert.DoesNotContain("Catalogue.", error.Message);
        Assert.DoesNotContain("\n", error.Message);
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

    [Fact]
    public async Task Without_Node_js_the_command_says_so_in_one_line_and_writes_nothing()
    {
        var outcome = await CatalogueProcess.RunAsync(RealSiteFixture.RepositoryRoot, new Dictionary<string, string> { ["PATH"] = _folder },
            "export", "deck", "--practices", "co-design", "--out", Path.Combine(_folder, "x.pptx"));
        Assert.Equal(3, outcome.ExitCode);
        Assert.Equal("catalogue export deck: Node.js is needed to write slides and 'node' was not found; install Node.js 20 or later, or download the slides from the site's workshop builder.", outcome.Errors.Trim());
        Assert.Empty(Directory.GetFiles(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
