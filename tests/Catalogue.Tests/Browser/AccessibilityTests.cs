using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Catalogue.Tests.Browser;

/// <summary>WCAG 2.2 A and AA by axe on a page of every type, in light and dark colour schemes, and the keyboard path.</summary>
[Collection(BrowserSite.Collection)]
public class AccessibilityTests(BrowserSite site, ITestOutputHelper output)
{
    /// <summary>A page of every type, plus the pages that are not entries.</summary>
    public static TheoryData<string, ColorScheme> Pages()
    {
        string[] paths =
        [
            "/", "/practices/", "/cases/", "/concepts/", "/practices/co-design/", "/capabilities/empowered/",
            "/cases/rolls-royce-totalcare/", "/dimensions/linking/", "/concepts/compelling-event/",
            "/frameworks/practice-typology/", "/challenges/lack-of-cocreation-readiness/", "/about/", "/matrix/",
            "/sources/", "/search/?q=design", "/no-such-page/", "/cards/", "/workshop/?blocks=co-design_90.empowered_15", "/data/",
        ];
        var data = new TheoryData<string, ColorScheme>();
        foreach (var path in paths)
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                data.Add(path, scheme);
        return data;
    }

    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    };

    [SkippableBrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_WCAG_violation(string path, ColorScheme scheme)
    {
        if (site.SkipsHere(output)) return;
        var page = await site.OpenAsync(path);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        if (path.StartsWith("/search/")) await page.WaitForSelectorAsync(".search-result");
        var result = await page.RunAxe(Wcag22AA);
        var found = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [SkippableBrowserFact]
    public async Task The_header_search_results_have_no_WCAG_violation_while_open()
    {
        if (site.SkipsHere(output)) return;
        var page = await site.OpenAsync("/");
        await page.Locator("#site-search-input").FillAsync("co-design");
        await Assertions.Expect(page.Locator("#site-search-results")).ToHaveAttributeAsync("data-query", "co-design");
        await page.Keyboard.PressAsync("ArrowDown");
        var result = await page.RunAxe(Wcag22AA);
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help}")));
    }

    [SkippableBrowserFact]
    public async Task Tab_starts_at_the_skip_link_reaches_every_control_in_reading_order_and_always_shows_focus()
    {
        if (site.SkipsHere(output)) return;
        var page = await site.OpenAsync("/cases/rolls-royce-totalcare/");
        var focusable = await page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])")]
                .filter(e => !e.disabled && e.checkVisibility()).length
            """);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        var seen = new List<(string Key, double Top)>();
        for (var i = 0; i < focusable + 5; i++)
        {
            var state = await page.EvaluateAsync<FocusState>("""
                () => {
                  const e = document.activeElement, style = getComputedStyle(e), box = e.getBoundingClientRect();
                  return { key: [...document.querySelectorAll("*")].indexOf(e) + " " + e.outerHTML.slice(0, 100), top: box.top + scrollY,
                           outlined: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 || style.boxShadow !== "none",
                           atEnd: e === document.body, inMain: !!e.closest("main") };
                }
                """);
            if (state.AtEnd || seen.Any(s => s.Key == state.Key)) break; // past the last control
            Assert.True(state.Outlined, $"no visible focus on {state.Key}");
            seen.Add((state.Key, state.InMain ? state.Top : -1));
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.True(seen.Count >= focusable, $"Tab reached {seen.Count} of {focusable} controls");
        // Within the main content, focus moves down the page, never back up (a sensible order).
        var main = seen.Where(s => s.Top >= 0).ToList();
        Assert.NotEmpty(main);
        Assert.All(main.Zip(main.Skip(1)), pair => Assert.True(pair.Second.Top >= pair.First.Top - 1, $"{pair.Second.Key} comes before {pair.First.Key}"));
    }

    [SkippableBrowserFact]
    public async Task The_skip_link_moves_focus_to_the_main_content()
    {
        if (site.SkipsHere(output)) return;
        var page = await site.OpenAsync("/practices/co-design/");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    private sealed class FocusState
    {
        public string Key { get; set; } = "";
        public double Top { get; set; }
        public bool Outlined { get; set; }
        public bool AtEnd { get; set; }
        public bool InMain { get; set; }
    }
}
