using System.Text.Json;

namespace Catalogue.Tests;

/// <summary>A reference is formatted once, and reads right wherever it appears: the sources page and the data file.</summary>
public sealed class ReferenceFormatTests : IDisposable
{
    private readonly TestCatalogue _catalogue = new();

    [Theory]
    [InlineData("Who co-creates?", "Industrial Marketing Management", "(2016). Who co-creates? Industrial Marketing Management.")]
    [InlineData("Co-create now!", "Industrial Marketing Management", "(2016). Co-create now! Industrial Marketing Management.")]
    [InlineData("Value co-creation practices.", "Proc. Int. Conf.", "(2016). Value co-creation practices. Proc. Int. Conf.")]
    [InlineData("Value co-creation practices", "Industrial Marketing Management", "(2016). Value co-creation practices. Industrial Marketing Management.")]
    public async Task A_title_or_venue_that_ends_a_sentence_gets_no_second_full_stop(string title, string venue, string expected)
    {
        _catalogue.Edit("sources.yaml", "title: Value co-creation practices and capabilities", $"title: \"{title}\"")
            .Edit("sources.yaml", "venue: Industrial Marketing Management", $"venue: \"{venue}\"");

        var result = await _catalogue.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(_catalogue.Output, "data", "catalogue.json")));
        var reference = data.RootElement.GetProperty("sources").EnumerateArray().Single().GetProperty("reference").GetString();
        Assert.EndsWith(expected, reference);
        var page = File.ReadAllText(Path.Combine(_catalogue.Output, "sources", "index.html"));
        Assert.Contains(expected.Replace(venue, $"<em>{venue}</em>"), System.Net.WebUtility.HtmlDecode(page));
    }

    public void Dispose() => _catalogue.Dispose();
}
