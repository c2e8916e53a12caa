using System.Text.Encodings.Web;
using System.Text.Json;
using Catalogue.Markdown;
using Catalogue.Model;
using Catalogue.Pipeline.Link;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Output;

/// <summary>
/// What the workshop builder needs of each entry a trainer can put in a workshop, in one file fetched
/// once: title, address, summary, the practice's workshop advice with its steps as plain text, the
/// cases that illustrate it and the works it cites; and the references of those works.
/// </summary>
internal static class WorkshopBlocks
{
    public const string SitePath = "workshop/blocks.json";

    /// <summary>The types a workshop is made of, in the order the builder offers them.</summary>
    public static IEnumerable<EntryType> Kinds(ContentModel model) => model.Types.Where(t => t.WorkshopBlock);

    /// <summary>Minutes a block starts with: the shortest session the practice's advice allows (a first agenda
    /// errs short, and trainers lengthen what they want), or a quarter of an hour for anything else.</summary>
    public static int DefaultMinutes(Entry entry) => WorkshopAdvice.Of(entry)?.Duration.Min ?? MethodSession.Of(entry)?.Minutes ?? 15;

    /// <summary>The option of `catalogue export deck` that names blocks of each type.</summary>
    public static string DeckOption(EntryType type) => "--" + type.Folder;

    private static readonly JsonSerializerOptions Format = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(SiteIndex index, EntryRelations relations)
    {
        var slides = new EntrySlides(relations);
        var entries = Kinds(index.Model).SelectMany(kind => kind == EntryTypes.Practice ? relations.PracticesByDimension() : relations.Ordered(kind)).ToList();
        var blocks = entries.Select(e =>
        {
            var advice = WorkshopAdvice.Of(e);
            var session = MethodSession.Of(e);
            return new
            {
                id = e.Id,
                kind = e.Kind.Name,
                title = e.Title,
                url = index.UrlOf(e),
                summary = e.Summary,
                minutes = DefaultMinutes(e),
                workshop = advice is not null
                    ? new
                    {
                        duration = new[] { advice.Duration.Min, advice.Duration.Max },
                        group_size = new[] { advice.GroupSize.Min, advice.GroupSize.Max },
                        difficulty = (string?)advice.Difficulty,
                    }
                    : session is not null
                        ? new
                        {
                            duration = new[] { session.Minutes, session.Minutes },
                            group_size = new[] { session.GroupSize.Min, session.GroupSize.Max },
                            difficulty = (string?)null,
                        }
                        : null,
                materials = advice?.Materials ?? session?.Materials ?? [],
                steps = advice is not null ? advice.Steps.Select(s => PlainText.Of(e, s)).ToList()
                    : session is not null ? PlainText.TimedSteps(e, session).Select(line => (string?)line).ToList() : [],
                cases = relations.CasesIllustrating(e).Select(c => c.Id).ToList(),
                sources = relations.SourcesOf(e).Select(s => s.Id).ToList(),
                slides = slides.Of(e).Select(SlideJson).ToList(),
            };
        }).ToList();
        var sources = entries.SelectMany(relations.SourcesOf).Distinct()
            .ToDictionary(s => s.Id, ReferenceFormatter.PlainText);
        var deckOptions = Kinds(index.Model).ToDictionary(k => k.Name, DeckOption);
        var site = new { title = index.Config.Title, url = index.Config.BaseUrl.ToString(), license = index.Config.License };
        return JsonSerializer.Serialize(new { site, entries = blocks, sources, deck_options = deckOptions }, Format);
    }

    /// <summary>A slide as the deck script reads it; a paragraph's style in lower case, a step with its number.</summary>
    private static object SlideJson(SlideContent slide) => new
    {
        title = slide.Title,
        body = slide.Body.Select(p => p.Number > 0
            ? (object)new { text = p.Text, style = p.Style.ToString().ToLowerInvariant(), number = p.Number }
            : new { text = p.Text, style = p.Style.ToString().ToLowerInvariant() }).ToList(),
        notes = slide.Notes,
        colour = slide.Colour,
        maxWords = slide.MaxWords,
    };
}
