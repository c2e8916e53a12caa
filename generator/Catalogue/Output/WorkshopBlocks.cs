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
    public static int DefaultMinutes(Entry entry) => WorkshopAdvice.Of(entry)?.Duration.Min ?? MethodGuide(entry)?.Integer("duration") ?? 15;

    /// <summary>A method's session: the catalogue's guide for it.</summary>
    private static ObjectValue? MethodGuide(Entry entry) => entry.Kind == EntryTypes.Method ? entry.Fields.Object("guide") : null;

    /// <summary>The option of `catalogue export deck` that names blocks of each type.</summary>
    public static string DeckOption(EntryType type) => "--" + type.Folder;

    private static readonly JsonSerializerOptions Format = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(SiteIndex index, EntryRelations relations)
    {
        var entries = Kinds(index.Model).SelectMany(kind => kind == EntryTypes.Practice ? relations.PracticesByDimension() : relations.Ordered(kind)).ToList();
        var blocks = entries.Select(e =>
        {
            var advice = WorkshopAdvice.Of(e);
            var guide = MethodGuide(e);
            var people = guide?.Object("group_size");
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
                    : guide is not null
                        ? new
                        {
                            duration = new[] { guide.Integer("duration") ?? 0, guide.Integer("duration") ?? 0 },
                            group_size = new[] { people?.Integer("min") ?? 0, people?.Integer("max") ?? 0 },
                            difficulty = (string?)null,
                        }
                        : null,
                materials = advice?.Materials ?? guide?.Texts("materials").ToList() ?? [],
                steps = advice?.Steps.Select(s => PlainText.Of(e, s)).ToList()
                    ?? guide?.Objects("steps").Select(s => (string?)$"{s.Integer("minutes")} min: {PlainText.Of(e, s["do"])}").ToList() ?? [],
                cases = relations.CasesIllustrating(e).Select(c => c.Id).ToList(),
                sources = relations.SourcesOf(e).Select(s => s.Id).ToList(),
            };
        }).ToList();
        var sources = entries.SelectMany(relations.SourcesOf).Distinct()
            .ToDictionary(s => s.Id, ReferenceFormatter.PlainText);
        var deckOptions = Kinds(index.Model).ToDictionary(k => k.Name, DeckOption);
        return JsonSerializer.Serialize(new { entries = blocks, sources, deck_options = deckOptions }, Format);
    }
}
