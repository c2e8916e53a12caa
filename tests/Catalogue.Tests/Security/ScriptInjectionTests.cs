using System.Text.Json;
using AngleSharp.Html.Parser;
using Catalogue.Diagnostics;
using Catalogue.Pipeline;
using Xunit.Abstractions;
using Slot = Catalogue.Tests.Security.PayloadCatalogue.Slot;

namespace Catalogue.Tests.Security;

/// <summary>
/// Every payload of <see cref="XssPayloads"/> in every place a contributor writes: `check` refuses it with
/// a diagnostic in that place and the build writes nothing, or the site is built and no page, and no data
/// file, holds anything a browser would run. Each group of places is one catalogue and one build.
/// </summary>
public class ScriptInjectionTests(ITestOutputHelper output)
{
    public static TheoryData<string> Groups => [.. SlotGroups.Keys];

    /// <summary>The places, in groups that build together; the Markdown ones are refused most, so each is a group of its own.</summary>
    internal static readonly IReadOnlyDictionary<string, IReadOnlyList<Slot>> SlotGroups = new Dictionary<string, IReadOnlyList<Slot>>
    {
        ["text fields"] = [.. PayloadCatalogue.TextFields(markdown: false)],
        ["Markdown fields"] = [.. PayloadCatalogue.TextFields(markdown: true)],
        ["bodies"] = [.. PayloadCatalogue.Bodies],
        ["sources and site settings"] = [PayloadCatalogue.SourceFields, PayloadCatalogue.SourceId, PayloadCatalogue.SiteTexts],
    };

    /// <summary>Every payload in every slot of the group.</summary>
    internal static IEnumerable<(int, Slot)> Everywhere(IEnumerable<Slot> slots) =>
        slots.SelectMany(slot => Enumerable.Range(0, XssPayloads.All.Count).Select(i => (i, slot)));

    /// <summary>Each payload fits every text field, a summary's 200 characters included, so none is refused for its length alone.</summary>
    [Fact]
    public void There_are_at_least_100_payloads_no_two_alike_and_each_fits_a_summary()
    {
        Assert.InRange(XssPayloads.All.Count, 100, int.MaxValue);
        Assert.Equal(XssPayloads.All.Count, XssPayloads.All.Distinct().Count());
        Assert.All(XssPayloads.All, p => Assert.InRange(p.Length, 1, Model.Types.Standard.Fields.SummaryMaxLength));
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public async Task No_payload_reaches_a_page_as_anything_but_text(string group)
    {
        var everywhere = Everywhere(SlotGroups[group]).ToList();
        var refused = await RefusedInAsync(group);
        var accepted = everywhere.Where(p => !refused.Contains((p.Item1, p.Item2.Name))).ToList();

        using var catalogue = PayloadCatalogue.With(accepted);
        var result = await catalogue.Files.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Assert.Empty(ExecutableContent.In(catalogue.Files.Output));
        output.WriteLine($"{group}: {refused.Count} of {everywhere.Count} placements refused by check, {accepted.Count} built into {result.PagesWritten} pages");
        foreach (var slot in SlotGroups[group])
            output.WriteLine($"  {slot.Name}: {refused.Count(r => r.Item2 == slot.Name)} refused");
        Assert.NotEmpty(accepted);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<HashSet<(int, string)>>>> Refusals = new();

    /// <summary>What <see cref="RefusedAsync"/> finds for every payload in a group's places, worked out once for this test and the browser's.</summary>
    internal static Task<HashSet<(int, string)>> RefusedInAsync(string group) =>
        Refusals.GetOrAdd(group, g => new Lazy<Task<HashSet<(int, string)>>>(() => RefusedAsync(Everywhere(SlotGroups[g])))).Value;

    /// <summary>
    /// The placements `check` refuses: each with an error inside it, none anywhere else. The build of the
    /// catalogue holding them fails and leaves no site behind.
    /// </summary>
    internal static async Task<HashSet<(int, string)>> RefusedAsync(IEnumerable<(int, Slot)> placements)
    {
        using var catalogue = PayloadCatalogue.With(placements);
        var errors = (await catalogue.Files.CheckAsync()).Diagnostics.Where(d => d.IsError).ToList();
        Assert.All(errors, e => Assert.True(catalogue.At(e) is not null, $"an error outside every payload: {e}"));
        var refused = errors.Select(e => catalogue.At(e)!).Select(p => (p.Payload, p.Slot)).ToHashSet();
        if (refused.Count > 0)
        {
            var build = await catalogue.Files.BuildAsync();
            Assert.Equal((false, 0), (build.Succeeded, build.PagesWritten));
            Assert.False(Directory.Exists(catalogue.Files.Output));
        }
        return refused;
    }

    /// <summary>A plain text field shows its payload exactly, as text, on the page, in the previews' data and in the data download.</summary>
    [Fact]
    public async Task A_plain_text_field_shows_its_payload_as_the_very_text_written()
    {
        using var catalogue = PayloadCatalogue.With(Everywhere([.. PayloadCatalogue.TextFields(markdown: false).Where(s => s.Name.EndsWith("a case"))]));
        Assert.True((await catalogue.Files.BuildAsync()).Succeeded);

        var parser = new HtmlParser();
        var previews = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(catalogue.Files.Output, "search", "entries.json"))).RootElement.EnumerateArray()
            .ToDictionary(e => e.GetProperty("url").GetString()!, e => (Title: e.GetProperty("title").GetString(), Summary: e.GetProperty("summary").GetString()));
        for (var i = 0; i < XssPayloads.All.Count; i++)
        {
            var payload = XssPayloads.All[i].Trim();
            var page = parser.ParseDocument(catalogue.Files.Page($"cases/case-text-p{i}"));
            Assert.Equal(payload, page.QuerySelector("h1")!.TextContent);
            Assert.Equal(payload, page.QuerySelector(".summary")!.TextContent);
            Assert.Equal((payload, payload), previews[$"/cases/case-text-p{i}/"]);
        }
    }

    /// <summary>The addresses in site.yaml, one payload at a time: refused unless an http(s) address, and then harmless.</summary>
    [Theory]
    [InlineData("base_url")]
    [InlineData("repository")]
    [InlineData("license_url")]
    public async Task A_site_address_is_an_http_address_or_refused(string setting)
    {
        var built = 0;
        foreach (var payload in XssPayloads.All)
        {
            using var c = new TestCatalogue();
            c.Write("site.yaml", $"title: Test\ndescription: Test.\n{setting}: {Scaffold.YamlScalar.Text(payload)}");
            // Without the tests' usual --base-url, which would stand in for the base_url written.
            var result = await new SiteBuilder(new BuildOptions(c.Content, c.Output, null, Search: false)).BuildAsync(write: true);
            if (!result.Succeeded)
            {
                var refusal = Assert.Single(result.Diagnostics, d => d.IsError);
                Assert.Equal((Codes.SiteConfig, "site.yaml", 3), (refusal.Code, TestCatalogue.Rel(refusal), refusal.Location.Line));
                Assert.False(Directory.Exists(c.Output));
                continue;
            }
            Assert.Empty(ExecutableContent.In(c.Output));
            built++;
        }
        output.WriteLine($"{setting}: {built} of {XssPayloads.All.Count} payloads are http(s) addresses and were built");
        Assert.InRange(built, 1, XssPayloads.All.Count - 1);
    }
}
