using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Catalogue.Tests.Browser;

/// <summary>The workshop builder as a trainer uses it, under the production Content-Security-Policy.</summary>
[Collection(BrowserSite.Collection)]
public class WorkshopTests(BrowserSite site, ITestOutputHelper output)
{
    private bool Skipped() => site.SkipsHere(output);

    /// <summary>Adds entries from their own pages, as a trainer would, and opens the builder in the same browser.</summary>
    private async Task<IPage> BuildWorkshopAsync(IBrowserContext context, params string[] entryPaths)
    {
        foreach (var path in entryPaths)
        {
            var entry = await site.OpenAsync(path, context);
            await entry.GetByRole(AriaRole.Button, new() { Name = "Add to workshop" }).ClickAsync();
            await Assertions.Expect(entry.Locator(".entry-tools-status")).ToContainTextAsync("Added to your workshop");
            Assert.Empty(await BrowserSite.PolicyViolationsAsync(entry));
            await entry.CloseAsync();
        }
        var page = await site.OpenAsync("/workshop/", context);
        await Assertions.Expect(page.Locator(".agenda-block")).ToHaveCountAsync(entryPaths.Length);
        return page;
    }

    private static async Task<int[]> MinutesAsync(IPage page) =>
        (await page.Locator(".agenda-minutes input").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)")).Select(int.Parse).ToArray();

    [SkippableBrowserFact]
    public async Task The_agenda_total_is_the_sum_of_the_blocks_and_each_block_starts_when_the_last_ends()
    {
        if (Skipped()) return;
        await using var context = await site.Browser!.NewContextAsync();
        var page = await BuildWorkshopAsync(context, "/practices/co-design/", "/cases/bekaert-carding/");
        await page.GetByLabel("Add a block").SelectOptionAsync("co-ideation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".agenda-block")).ToHaveCountAsync(3);

        // Defaults: a practice's shortest session, a quarter of an hour for the rest.
        var defaults = await MinutesAsync(page);
        Assert.Equal([120, 15, 60], defaults);
        await page.Locator("#agenda-minutes-1").FillAsync("45");
        await page.Locator("#agenda-minutes-1").PressAsync("Tab");
        await page.GetByLabel("Starts at").FillAsync("13:30");
        await page.GetByLabel("Starts at").PressAsync("Tab");

        var minutes = await MinutesAsync(page);
        Assert.Equal([120, 45, 60], minutes);
        await Assertions.Expect(page.Locator(".agenda-total data")).ToHaveAttributeAsync("value", minutes.Sum().ToString());
        await Assertions.Expect(page.Locator(".agenda-total")).ToHaveTextAsync("Total: 3 h 45 min, 13:30–17:15");
        var times = await page.Locator(".agenda-time").AllInnerTextsAsync();
        Assert.Equal(["13:30–15:30", "15:30–16:15", "16:15–17:15"], times.ToArray());
        Assert.Empty(await BrowserSite.PolicyViolationsAsync(page));
    }

    [SkippableBrowserFact]
    public async Task A_method_block_starts_at_its_session_s_minutes_and_its_handout_steps_are_marked_as_advice()
    {
        if (Skipped()) return;
        await using var context = await site.Browser!.NewContextAsync();
        var page = await BuildWorkshopAsync(context, "/methods/joint-trial-on-the-customer-line/");
        var minutes = await MinutesAsync(page);
        Assert.Equal(120, Assert.Single(minutes));
        var handout = page.Locator("[data-handout]");
        await Assertions.Expect(handout).ToContainTextAsync("Steps (the catalogue's advice, not the sources')");
        await Assertions.Expect(handout).ToContainTextAsync("15 min: Agree the one question the trial must answer");
        Assert.Empty(await BrowserSite.PolicyViolationsAsync(page));
    }

    [SkippableBrowserFact]
    public async Task A_shared_link_opens_the_same_workshop_in_another_browser()
    {
        if (Skipped()) return;
        await using var mine = await site.Browser!.NewContextAsync();
        var page = await BuildWorkshopAsync(mine, "/practices/co-diagnosis/", "/capabilities/empowered/", "/concepts/compelling-event/");
        await page.GetByLabel("Title").FillAsync("Kick-off with Acme's team");
        await page.GetByLabel("Participants").FillAsync("20");
        await page.GetByLabel("Participants").PressAsync("Tab");
        await page.Locator("#agenda-minutes-0").FillAsync("100");
        await page.Locator("#agenda-minutes-0").PressAsync("Tab");
        await Assertions.Expect(page.Locator(".agenda-total data")).ToHaveAttributeAsync("value", "130");
        var link = await page.GetByLabel("Link to this workshop").InputValueAsync();

        await using var theirs = await site.Browser!.NewContextAsync();
        var shared = await site.OpenAsync(new Uri(link).PathAndQuery, theirs);
        await Assertions.Expect(shared.Locator(".agenda-block")).ToHaveCountAsync(3);
        var titles = await page.Locator(".agenda-title a").AllInnerTextsAsync();
        Assert.Equal(titles, await shared.Locator(".agenda-title a").AllInnerTextsAsync());
        var minutes = await MinutesAsync(page);
        Assert.Equal(minutes, await MinutesAsync(shared));
        Assert.Equal("Kick-off with Acme's team", await shared.GetByLabel("Title").InputValueAsync());
        Assert.Equal("20", await shared.GetByLabel("Participants").InputValueAsync());
        await Assertions.Expect(shared.Locator(".agenda-total data")).ToHaveAttributeAsync("value", "130");
        // Co-diagnosis is for 4–12 people: the agenda says so in words, not only in colour.
        await Assertions.Expect(shared.Locator(".agenda-warning")).ToHaveTextAsync("⚠ Works best with 4–12 people (the catalogue's advice); this workshop has 20.");
    }

    [SkippableBrowserFact]
    public async Task Blocks_move_from_the_keyboard_and_the_focus_follows_them()
    {
        if (Skipped()) return;
        await using var context = await site.Browser!.NewContextAsync();
        var page = await BuildWorkshopAsync(context, "/practices/co-ideation/", "/practices/co-evaluation/", "/practices/co-design/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move down: Co-ideation" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(["Co-evaluation", "Co-design", "Co-ideation"], await page.Locator(".agenda-title a").AllInnerTextsAsync());
        // At the bottom "Move down" is disabled, so the focus is on the block's "Move up".
        Assert.Equal("Move up: Co-ideation", await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-label')"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(["Co-evaluation", "Co-ideation", "Co-design"], await page.Locator(".agenda-title a").AllInnerTextsAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove: Co-evaluation" }).ClickAsync();
        Assert.Equal(["Co-ideation", "Co-design"], await page.Locator(".agenda-title a").AllInnerTextsAsync());
    }

    [SkippableBrowserFact]
    public async Task The_markdown_and_the_workshop_file_download_under_the_content_security_policy()
    {
        if (Skipped()) return;
        await using var context = await site.Browser!.NewContextAsync(new() { AcceptDownloads = true });
        var page = await BuildWorkshopAsync(context, "/practices/co-testing/", "/cases/rolls-royce-totalcare/");

        var markdown = await DownloadAsync(page, "Download as Markdown");
        // No size set: the largest group co-testing suits (the case gives none).
        Assert.StartsWith("# Workshop\n\nStarts at 09:00 · 16 participants · 1 h 45 min\n", markdown);
        Assert.Contains("| 09:00–10:30 | [Co-testing](", markdown);
        Assert.Contains("1. Name the offering to be tested", markdown);
        Assert.Contains("## References", markdown);

        var file = JsonNode.Parse(await DownloadAsync(page, "Download the workshop file"))!;
        Assert.Equal("co-creation-workshop", (string?)file["format"]);
        Assert.Equal(["co-testing", "rolls-royce-totalcare"], file["blocks"]!.AsArray().Select(b => (string?)b!["id"]));
        await Assertions.Expect(page.Locator("[data-deck-command]")).ToHaveTextAsync(
            "dotnet run --project generator/Catalogue -- export deck --workshop workshop.json --out workshop.pptx");
        Assert.Empty(await BrowserSite.PolicyViolationsAsync(page));
    }

    private static async Task<string> DownloadAsync(IPage page, string name) => await File.ReadAllTextAsync(await DownloadFileAsync(page, name));

    private static async Task<string> DownloadFileAsync(IPage page, string name)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync());
        Assert.Null(await download.FailureAsync());
        return (await download.PathAsync())!;
    }

    /// <summary>
    /// The trainer's whole path: a workshop built by clicking, with a break moved by drag and drop and a block of
    /// their own; "Download slides" gives a valid deck with a title on every slide, the agenda with its break, and
    /// the guide in the method's notes, which LibreOffice draws; the command line makes the same deck from the
    /// downloaded workshop file, slide by slide; and both handouts say what each reader needs.
    /// </summary>
    [SkippableBrowserFact]
    public async Task Slides_download_from_the_builder_with_breaks_and_own_blocks_and_match_the_command_line_s()
    {
        if (Skipped()) return;
        await using var context = await site.Browser!.NewContextAsync(new() { AcceptDownloads = true });
        var page = await BuildWorkshopAsync(context, "/practices/co-design/", "/methods/joint-trial-on-the-customer-line/");
        await page.GetByLabel("Starts at").FillAsync("13:30");
        await page.GetByLabel("Starts at").PressAsync("Tab");
        await page.GetByLabel("Participants").FillAsync("14");
        await page.GetByLabel("Participants").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a break" }).ClickAsync();
        await page.GetByLabel("Your own block").FillAsync("Wrap-up and next steps");
        await page.Locator("#agenda-own-minutes").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add block" }).ClickAsync();
        await Assertions.Expect(page.Locator(".agenda-block")).ToHaveCountAsync(4);
        // The break goes between the two entries by drag and drop.
        // Picked up by its clock times, as a trainer would grab it, and dropped on the second block.
        // The browser's own drag events, as a mouse drag fires them (Playwright's mouse drags start only now and then here).
        await page.EvaluateAsync("""
            () => {
              const blocks = document.querySelectorAll(".agenda-block");
              const data = new DataTransfer();
              const fire = (type, target) => target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
              fire("dragstart", document.querySelector(".agenda-break"));
              fire("dragover", blocks[1]);
              fire("drop", blocks[1]);
              fire("dragend", document.querySelector(".agenda-break"));
            }
            """);
        await Assertions.Expect(page.Locator("[data-workshop-notice]")).ToHaveTextAsync("Moved Break to place 2 of 4.");
        var order = (await page.Locator(".agenda-title").AllTextContentsAsync()).Select(t => t.Trim()).ToArray();
        Assert.Equal(["practice Co-design", "break Break", "method Joint trial on the customer's line", "own block Wrap-up and next steps"], order);
        await page.GetByLabel("Notes").First.FillAsync("Ask who owns the line.");
        await page.GetByLabel("Notes").First.PressAsync("Tab");
        var times = await page.Locator(".agenda-time").AllInnerTextsAsync();
        Assert.Equal(["13:30–15:30", "15:30–15:45", "15:45–17:45", "17:45–18:05"], times.ToArray());

        var folder = Directory.CreateTempSubdirectory("catalogue-slides-").FullName;
        try
        {
            var deck = Path.Combine(folder, "browser.pptx");
            File.Copy(await DownloadFileAsync(page, "Download slides (.pptx)"), deck);
            await Assertions.Expect(page.Locator("[data-slides-status]")).ToContainTextAsync("Saved workshop.pptx");
            var errors = PptxDeck.ValidationErrors(deck);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            var slides = PptxDeck.Read(deck);
            Assert.All(slides, s => Assert.False(string.IsNullOrWhiteSpace(s.Title)));
            Assert.Equal(["13:30–15:30  Co-design (practice), 120 min", "15:30–15:45  Break, 15 min", "15:45–17:45  Joint trial on the customer's line (method), 120 min", "17:45–18:05  Wrap-up and next steps, 20 min"],
                slides.Single(s => s.Title == "Agenda").Body.Split('\n'));
            Assert.Contains("Co-design: Works best with 4–10 people (the catalogue's advice); this workshop has 14.", slides.Single(s => s.Title == "Agenda").Notes);
            Assert.Contains("Your notes: Ask who owns the line.", slides.Single(s => s.Title == "Co-design").Notes);
            Assert.Contains("Back at 15:45", slides.Single(s => s.Title == "Break").Body);
            var exercise = slides.Single(s => s.Title == "Exercise: Joint trial on the customer's line");
            Assert.Contains("Facilitation guide (the catalogue's advice, not from the research):", exercise.Notes);
            Assert.Equal("References", slides[^1].Title);

            // The command line, given the workshop file the builder downloads, makes the same slides.
            var workshopFile = Path.Combine(folder, "workshop.json");
            File.Copy(await DownloadFileAsync(page, "Download the workshop file"), workshopFile);
            var cliDeck = Path.Combine(folder, "cli.pptx");
            var outcome = await CatalogueProcess.RunAsync(RealSiteFixture.RepositoryRoot, new Dictionary<string, string>(),
                "export", "deck", "--workshop", workshopFile, "--out", cliDeck);
            Assert.True(outcome.ExitCode == 0, outcome.Errors);
            var cli = PptxDeck.Read(cliDeck);
            Assert.Equal(slides.Count, cli.Count);
            for (var i = 0; i < slides.Count; i++) Assert.Equal(slides[i].AllText, cli[i].AllText);

            if (LibreOffice.SkipReason is null)
            {
                var pdf = await LibreOffice.ToPdfAsync(deck);
                Assert.Equal(slides.Count, (await LibreOffice.WordsAsync(pdf)).Count);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        var handout = page.Locator("[data-handout]");
        await Assertions.Expect(handout).ToContainTextAsync("Facilitator's handout");
        await Assertions.Expect(handout).ToContainTextAsync("⚠ Works best with 4–10 people (the catalogue's advice); this workshop has 14.");
        await Assertions.Expect(handout).ToContainTextAsync("Your notes: Ask who owns the line.");
        await page.GetByLabel("those taking part (agenda and exercises)").CheckAsync();
        await Assertions.Expect(handout).ToContainTextAsync("15:30–15:45");
        await Assertions.Expect(handout).ToContainTextAsync("15 min: Agree the one question the trial must answer");
        await Assertions.Expect(handout).Not.ToContainTextAsync("Your notes");
        await Assertions.Expect(handout).Not.ToContainTextAsync("Works best with");
        Assert.Empty(await BrowserSite.PolicyViolationsAsync(page));
    }

    [SkippableBrowserFact]
    public async Task An_entry_page_downloads_its_own_slides()
    {
        if (Skipped()) return;
        await using var context = await site.Browser!.NewContextAsync(new() { AcceptDownloads = true });
        var page = await site.OpenAsync("/cases/bekaert-carding/", context);
        await page.GetByRole(AriaRole.Button, new() { Name = "Download slides (.pptx)" }).ClickAsync();
        await Assertions.Expect(page.Locator(".entry-tools-status")).ToContainTextAsync("Saved");
        var path = await DownloadFileAsync(page, "Download slides (.pptx)");
        var slides = PptxDeck.Read(path);
        Assert.Equal(["Bekaert carding solutions", "Bekaert carding solutions", "References"], slides.Select(s => s.Title));
        Assert.Contains("What the case did, practice by practice:", slides[1].Notes);
        Assert.Empty(PptxDeck.ValidationErrors(path));
        Assert.Empty(await BrowserSite.PolicyViolationsAsync(page));
    }

    [SkippableBrowserFact]
    public async Task A_starred_entry_is_listed_among_the_favourites_and_can_join_the_workshop()
    {
        if (Skipped()) return;
        await using var context = await site.Browser!.NewContextAsync();
        var entry = await site.OpenAsync("/cases/sap-co-innovation-labs/", context);
        var star = entry.GetByRole(AriaRole.Button, new() { Name = "Favourite" });
        await star.ClickAsync();
        await Assertions.Expect(star).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(star).ToContainTextAsync("★");

        var page = await site.OpenAsync("/workshop/", context);
        var favourite = page.Locator(".favourites li");
        await Assertions.Expect(favourite).ToContainTextAsync("SAP Co-Innovation Labs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to workshop: SAP Co-Innovation Labs" }).ClickAsync();
        await Assertions.Expect(page.Locator(".agenda-title a")).ToHaveTextAsync("SAP Co-Innovation Labs");
    }

    [SkippableBrowserFact]
    public async Task Without_javascript_the_builder_says_it_needs_it_and_entry_pages_show_no_tools()
    {
        if (Skipped()) return;
        await using var context = await site.Browser!.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await site.OpenAsync("/workshop/", context);
        await Assertions.Expect(page.GetByText("The workshop builder needs JavaScript.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-workshop-builder]")).ToBeHiddenAsync();
        var entry = await site.OpenAsync("/practices/co-design/", context);
        await Assertions.Expect(entry.Locator("[data-entry-tools]")).ToBeHiddenAsync();
        await Assertions.Expect(entry.Locator("h1")).ToHaveTextAsync("Co-design");
    }

    /// <summary>A ready-made plan opens in the builder from its page's link, breaks and clock times as the page shows
    /// them, and its page downloads the same agenda as slides.</summary>
    [SkippableBrowserFact]
    public async Task A_ready_made_plan_opens_in_the_builder_and_downloads_as_slides_from_its_page()
    {
        if (Skipped()) return;
        await using var context = await site.Browser!.NewContextAsync(new() { AcceptDownloads = true });
        var plan = await site.OpenAsync("/workshops/half-day-co-diagnosis-with-a-key-account/", context);
        var folder = Directory.CreateTempSubdirectory("catalogue-plan-slides-").FullName;
        try
        {
            var deck = Path.Combine(folder, "plan.pptx");
            File.Copy(await DownloadFileAsync(plan, "Download slides (.pptx)"), deck);
            Assert.Equal(["09:00–09:15  Welcome and what this morning must decide, 15 min", "09:15–10:45  Shared review of operating data (method), 90 min",
                    "10:45–11:05  Break, 20 min", "11:05–13:05  Account steering group (method), 120 min"],
                PptxDeck.Read(deck).Single(s => s.Title == "Agenda").Body.Split('\n'));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        Assert.Empty(await BrowserSite.PolicyViolationsAsync(plan));

        await plan.GetByRole(AriaRole.Link, new() { Name = "Open in the workshop builder" }).ClickAsync();
        await plan.WaitForURLAsync("**/workshop/?**");
        await Assertions.Expect(plan.Locator(".agenda-block")).ToHaveCountAsync(4);
        await Assertions.Expect(plan.Locator("#workshop-title")).ToHaveValueAsync("Half-day co-diagnosis with a key account");
        await Assertions.Expect(plan.Locator("#agenda-title-0")).ToHaveValueAsync("Welcome and what this morning must decide");
        var order = (await plan.Locator(".agenda-title").AllTextContentsAsync()).Select(t => t.Trim()).ToArray();
        Assert.Equal(["own block Welcome and what this morning must decide", "method Shared review of operating data", "break Break", "method Account steering group"], order);
        Assert.Equal(["09:00–09:15", "09:15–10:45", "10:45–11:05", "11:05–13:05"], (await plan.Locator(".agenda-time").AllInnerTextsAsync()).ToArray());
        await Assertions.Expect(plan.Locator("[data-handout]")).ToContainTextAsync("Leave the sorted anomalies on the wall");
        Assert.Empty(await BrowserSite.PolicyViolationsAsync(plan));
    }
}
