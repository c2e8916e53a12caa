using System.Text;
using Catalogue.Model.Schema;

using Catalogue.Model.Types.Standard;

namespace Catalogue.Benchmarks.Synthetic;

/// <summary>
/// The text of one entry: sentences of random words, with wikilinks and citations at the rates its kind's
/// profile gives. Citations name only the entry's own sources, with a locator, as the content guide asks.
/// </summary>
internal sealed class ProseWriter(Random random, WordSource words, IReadOnlyList<string> linkTargets, PlannedEntry entry)
{
    private static readonly Span SentenceWords = new(8, 22);
    private static readonly Span ParagraphWords = new(35, 70);
    private static readonly Span BulletWords = new(12, 35);
    private const int MinSentenceWords = 5;
    private const double CommaChance = 0.06;

    private readonly KindProfile _profile = KindProfile.For(entry.Kind);

    /// <summary>One plain sentence, cut at a word to fit the summary limit.</summary>
    public string Summary()
    {
        var text = Plain(14, 29);
        while (text.Length > Fields.SummaryMaxLength) text = text[..text.LastIndexOf(' ')] + ".";
        return text;
    }

    public string Plain(int minWords, int maxWords) => Sentence(random.Next(minWords, maxWords + 1), 0, 0);

    /// <summary>A sentence ending in a citation, as every factual front-matter text of the real entries does.</summary>
    public string Cited() => Sentence(SentenceWords.Draw(random), 0, 1);

    public string Body()
    {
        var length = (int)(_profile.BodyWords * (0.8 + 0.4 * random.NextDouble()));
        var perSection = length / _profile.Sections.Count;
        var blocks = new List<string>();
        foreach (var section in _profile.Sections)
        {
            blocks.Add("## " + section.Heading);
            if (section.Bullets) blocks.Add(Bullets(perSection));
            else for (var written = 0; written < perSection;)
                blocks.Add(Prose(Math.Min(ParagraphWords.Draw(random), perSection - written), ref written));
        }
        return string.Join("\n\n", blocks) + "\n";
    }

    private string Bullets(int budget)
    {
        var lines = new List<string>();
        for (var written = 0; written < budget;)
        {
            var leadWords = random.Next(2) == 0 ? random.Next(2, 5) : 0;
            var lead = leadWords > 0 ? $"**{words.Title(leadWords)}.** " : "";
            written += leadWords;
            lines.Add("- " + lead + Prose(BulletWords.Draw(random), ref written));
        }
        return string.Join("\n", lines);
    }

    /// <summary>Sentences of body prose until at least <paramref name="target"/> words, added to <paramref name="written"/>.</summary>
    private string Prose(int target, ref int written)
    {
        var sentences = new List<string>();
        for (var count = 0; count < target;)
        {
            // The last sentence is cut to the target, so bodies come out at the measured length.
            var length = Math.Max(MinSentenceWords, Math.Min(SentenceWords.Draw(random), target - count));
            sentences.Add(Sentence(length, _profile.LinksPer100Words / 100, Math.Min(1, _profile.CitationsPer100Words * length / 100)));
            count += length;
            written += length;
        }
        return string.Join(' ', sentences);
    }

    /// <param name="linkChance">The chance that a wikilink follows any one word.</param>
    /// <param name="citeChance">The chance that the sentence ends in a citation.</param>
    private string Sentence(int wordCount, double linkChance, double citeChance)
    {
        var text = new StringBuilder();
        for (var i = 0; i < wordCount; i++)
        {
            if (i > 0) text.Append(i > 2 && i < wordCount - 2 && random.NextDouble() < CommaChance ? ", " : " ");
            text.Append(i == 0 ? WordSource.Capitalize(words.Word()) : words.Word());
            if (random.NextDouble() < linkChance) text.Append(" [[").Append(LinkTarget()).Append("]]");
        }
        if (random.NextDouble() < citeChance) text.Append(' ').Append(Citation());
        return text.Append('.').ToString();
    }

    private string LinkTarget()
    {
        while (true)
        {
            var id = linkTargets[random.Next(linkTargets.Count)];
            if (id != entry.Id) return id;
        }
    }

    private string Citation()
    {
        var source = entry.Sources[random.Next(entry.Sources.Count)];
        var locator = random.Next(4) switch
        {
            0 => $"Table {random.Next(1, 8)}",
            1 => $"Figure {random.Next(1, 6)}",
            _ => $"section {random.Next(1, 8)}.{random.Next(1, 6)}",
        };
        return $"[@{source}, {locator}]";
    }
}
