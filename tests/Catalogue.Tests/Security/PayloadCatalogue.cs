using System.Text;
using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Scaffold;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Tests.Security;

/// <summary>One place a payload goes: one file, or one item of sources.yaml from its line on.</summary>
/// <param name="Slot">What the place is, e.g. "text fields of a case" or "body: link target".</param>
internal sealed record Placement(int Payload, string Slot, string File, int Line = 1);

/// <summary>
/// <see cref="TestCatalogue"/> with payloads written where contributors write: every text field of every
/// entry type, read from <see cref="ContentSchema"/> so that a new field is covered by itself, Markdown
/// contexts in a body, every field of a source and the site settings. Records where each payload went,
/// so a diagnostic of `check` tells which payload it refused.
/// </summary>
internal sealed class PayloadCatalogue : IDisposable
{
    /// <summary>What fields hold where the payload does not go: a plain text and a cited Markdown one.</summary>
    private const string PlainText = "Filled in.";
    private const string MarkdownText = "Done together [@marcos-cuevas-2016, Table 1].";
    private const string Source = "marcos-cuevas-2016";

    /// <summary>The test catalogue's entry of each kind a reference field can name.</summary>
    private static readonly Dictionary<EntryType, string> Existing = new()
    {
        [EntryTypes.Dimension] = "materializing",
        [EntryTypes.Practice] = "co-design",
        [EntryTypes.Capability] = "empowered",
        [EntryTypes.Case] = "acme-case",
    };

    private readonly List<Placement> _placements = [];
    private readonly StringBuilder _sources = new();
    private readonly List<string> _siteTexts = [];

    public TestCatalogue Files { get; } = new();

    /// <summary>Where a payload can go: writes payload number i, p, into the catalogue.</summary>
    public sealed record Slot(string Name, Action<PayloadCatalogue, int, string> Write);

    /// <summary>A Markdown context in an entry body.</summary>
    public sealed record BodyContext(string Name, Func<int, string, string> Markdown);

    public static readonly IReadOnlyList<BodyContext> BodyContexts =
    [
        new("text", (_, p) => p),
        new("heading", (_, p) => "## " + p),
        new("code", (_, p) => $"`{p}`"),
        new("link text", (_, p) => $"[{p}](https://example.org/)"),
        new("link target", (_, p) => $"[click]({p})"),
        new("link title", (_, p) => $"[click](https://example.org/ \"{p}\")"),
        new("reference link", (i, p) => $"[click][target-{i}]\n\n[target-{i}]: {p}"),
        new("autolink", (_, p) => $"<{p}>"),
        new("image", (_, p) => $"![picture]({p})"),
        new("image text", (_, p) => $"![{p}](/images/a.png)"),
        new("wikilink label", (_, p) => $"[[acme-case|{p}]]"),
        new("citation", (_, p) => $"[@{Source}, {p}]"),
    ];

    /// <summary>The plain text fields of an entry of each kind, or its inline-Markdown fields.</summary>
    public static IEnumerable<Slot> TextFields(bool markdown) => EntryTypes.Standard.Types.Select(kind =>
        new Slot(FieldsSlot(markdown, kind), (c, i, p) => c.WriteEntry(i, FieldsSlot(markdown, kind), kind, $"{kind.Name}-{(markdown ? "markdown" : "text")}-p{i}",
            markdown ? null : p, markdown ? p : null, SectionsOf(kind))));

    private static string FieldsSlot(bool markdown, EntryType kind) => $"{(markdown ? "Markdown" : "text")} fields of a {kind.Name}";

    public static IEnumerable<Slot> Bodies => BodyContexts.Select(context =>
        new Slot(BodySlot(context), (c, i, p) => c.WriteEntry(i, BodySlot(context), EntryTypes.Concept, $"body-{context.Name.Replace(' ', '-')}-p{i}", null, null, context.Markdown(i, p))));

    private static string BodySlot(BodyContext context) => $"body: {context.Name}";

    /// <summary>Every field of a source but its id, and the concept that cites it.</summary>
    public static readonly Slot SourceFields = new("source fields", (c, i, p) =>
    {
        c.AddSource(i, "source fields", $"source-p{i}", p);
        c.WriteEntry(i, "source fields", EntryTypes.Concept, $"cites-p{i}", null, null, $"As shown [@source-p{i}, Table 1].", source: $"source-p{i}");
    });

    public static readonly Slot SourceId = new("source id", (c, i, p) => c.AddSource(i, "source id", p, PlainText));

    /// <summary>Every text setting of site.yaml but the addresses, all payloads at once: there is one site.yaml.</summary>
    public static readonly Slot SiteTexts = new("site.yaml texts", (c, i, p) =>
    {
        c._placements.Add(new Placement(i, "site.yaml texts", "site.yaml"));
        c._siteTexts.Add(p);
    });

    /// <summary>Writes each payload into its slot, then the files that gather several: sources.yaml and site.yaml.</summary>
    public static PayloadCatalogue With(IEnumerable<(int Payload, Slot Slot)> placements)
    {
        var catalogue = new PayloadCatalogue();
        foreach (var (payload, slot) in placements) slot.Write(catalogue, payload, XssPayloads.All[payload]);
        catalogue.Finish();
        return catalogue;
    }

    /// <summary>
    /// Every payload wherever check accepts it, spread over few pages for a browser to visit: the entries of
    /// each kind take the payloads in turn, field after field, until every payload has been in a text field
    /// of that kind and every payload accepted in its Markdown fields in one of those; concepts take them in
    /// every body context that accepts them, 20 to a context; sources take them field after field, and one
    /// concept cites those sources; the site settings hold them all.
    /// </summary>
    /// <param name="refused">Payload and slot name of each placement check refuses.</param>
    public static PayloadCatalogue Accepted(IReadOnlySet<(int, string)> refused)
    {
        var catalogue = new PayloadCatalogue();
        var all = Enumerable.Range(0, XssPayloads.All.Count).ToList();
        foreach (var kind in EntryTypes.Standard.Types)
        {
            var (plain, markdown) = (new Turns(all), new Turns([.. all.Where(i => !refused.Contains((i, FieldsSlot(markdown: true, kind))))]));
            var n = 0;
            do catalogue.WriteEntry(plain.Upcoming, "fields", kind, $"{kind.Name}-{n++}", () => plain.Next, () => markdown.Next, SectionsOf(kind), [Source]);
            while (!plain.Round || (markdown.Used > 0 && !markdown.Round));
        }

        var contexts = BodyContexts.Select(c => (Context: c, Payloads: new Queue<int>(all.Where(i => !refused.Contains((i, BodySlot(c))))))).ToList();
        for (var n = 0; contexts.Any(c => c.Payloads.Count > 0); n++)
        {
            var placed = contexts.SelectMany(c => Enumerable.Range(0, Math.Min(20, c.Payloads.Count)).Select(_ => (c.Context, Payload: c.Payloads.Dequeue()))).ToList();
            var id = $"body-{n}";
            catalogue.WriteEntry(placed[0].Payload, "body", EntryTypes.Concept, id, null, null,
                string.Join("\n\n", placed.Select(p => p.Context.Markdown(p.Payload, XssPayloads.All[p.Payload]))));
        }

        var sources = new Turns([.. all.Where(i => !refused.Contains((i, SourceFields.Name)))]);
        var cited = new List<string>();
        while (!sources.Round && sources.Items > 0)
        {
            var id = $"source-{cited.Count}";
            catalogue.AddSource(sources.Upcoming, SourceFields.Name, id, () => sources.Next ?? PlainText);
            cited.Add(id);
        }
        if (cited.Count > 0)
            catalogue.WriteEntry(0, SourceFields.Name, EntryTypes.Concept, "cites-sources", () => null, () => null,
                string.Concat(cited.Select(id => $"As shown [@{id}, Table 1].\n")), cited);
        foreach (var i in all.Where(i => !refused.Contains((i, SiteTexts.Name))))
            SiteTexts.Write(catalogue, i, XssPayloads.All[i]);
        catalogue.Finish();
        return catalogue;
    }

    /// <summary>Payloads handed out in turn, from the first again after the last.</summary>
    private sealed class Turns(IReadOnlyList<int> payloads)
    {
        private int _used;

        public int Items => payloads.Count;

        /// <summary>How many were handed out; 0 too when nothing asked, as a kind without Markdown fields does not.</summary>
        public int Used => _used;

        /// <summary>The number of the payload handed out next (0 when there are none), to record where it went.</summary>
        public int Upcoming => payloads.Count == 0 ? 0 : payloads[_used % payloads.Count];

        /// <summary>True once every payload has been handed out.</summary>
        public bool Round => _used >= payloads.Count;

        /// <summary>The next payload's text, or null when there are none.</summary>
        public string? Next => payloads.Count == 0 ? null : XssPayloads.All[payloads[_used++ % payloads.Count]];
    }

    /// <summary>Each entry's title, by id.</summary>
    public Dictionary<string, string> Titles { get; } = [];

    /// <summary>The placement a diagnostic points into, or null when it is in none.</summary>
    public Placement? At(Diagnostic diagnostic) => _placements
        .Where(p => diagnostic.Location.File.EndsWith("content/" + p.File, StringComparison.Ordinal) && p.Line <= diagnostic.Location.Line)
        .MaxBy(p => p.Line);

    private void WriteEntry(int payload, string slot, EntryType kind, string id, string? plain, string? markdown, string body, string source = Source) =>
        WriteEntry(payload, slot, kind, id, () => plain, () => markdown, body, [source]);

    /// <param name="plain">Gives the text of each plain field in turn; null for the filler.</param>
    /// <param name="markdown">Gives the text of each Markdown field in turn; null for the filler.</param>
    /// <param name="sources">What each item of the 'sources' list is.</param>
    private void WriteEntry(int payload, string slot, EntryType kind, string id, Func<string?> plain, Func<string?> markdown, string body, IReadOnlyList<string> sources)
    {
        var file = $"{kind.Folder}/{id}.md";
        _placements.Add(new Placement(payload, slot, file));
        var yaml = new StringBuilder("---\n");
        Fields(yaml, kind.Fields, "", spec => spec switch
        {
            { Name: "title", Type: TextType } => Titles[id] = plain() ?? $"{kind} {id}",
            { Type: TextType { Markdown: true } } => markdown() ?? MarkdownText,
            { Type: TextType } => plain() ?? PlainText,
            _ => sources[0],
        }, sources);
        Files.Write(file, yaml.Append("---\n").Append(body).ToString());
    }

    /// <summary>A source with the given id and every other text field holding the text.</summary>
    private void AddSource(int payload, string slot, string id, string text) => AddSource(payload, slot, id, () => text);

    /// <param name="text">Gives the text of each field but the id, in turn.</param>
    private void AddSource(int payload, string slot, string id, Func<string> text)
    {
        _placements.Add(new Placement(payload, slot, "sources.yaml", SourcesHeaderLines + _sources.ToString().Count(c => c == '\n') + 1));
        Fields(_sources, ContentSchema.Source.Fields, "", spec => spec.Name == "id" ? id : text(), [], listItem: true);
    }

    /// <summary>The test catalogue's own source, which sources.yaml starts with.</summary>
    private const string SourcesHeader = """
        - id: marcos-cuevas-2016
          authors: ["Marcos-Cuevas, J.", "Nätti, S."]
          year: 2016
          title: Value co-creation practices and capabilities
          venue: Industrial Marketing Management

        """;
    private static readonly int SourcesHeaderLines = SourcesHeader.Count(c => c == '\n');

    private void Finish()
    {
        Files.Write("sources.yaml", SourcesHeader + _sources);
        if (_siteTexts.Count > 0)
        {
            var text = string.Join(" ", _siteTexts);
            Files.Write("site.yaml", string.Join("\n", ContentSchema.Site.Fields
                .Where(f => f.Name is not ("base_url" or "repository" or "license_url"))
                .Select(f => $"{f.Name}: {YamlScalar.Text(text)}")));
        }
    }

    /// <summary>
    /// Writes every field of the schema, required or not: text from <paramref name="text"/>, the rest with
    /// the smallest valid value, a reference to one of the test catalogue's entries, a list of one item.
    /// </summary>
    /// <param name="sources">The ids a list of sources holds; one item from <paramref name="text"/> when empty.</param>
    private static void Fields(StringBuilder yaml, IReadOnlyList<FieldSpec> fields, string indent, Func<FieldSpec, string> text, IReadOnlyList<string> sources, bool listItem = false)
    {
        // An optional reference to a kind the test catalogue has no entry of (a challenge) is left out, and so are
        // the fields a payload cannot fill without breaking a rule of their own.
        fields = [.. fields.Where(f => (f.Required || f.Type is not (ReferenceType or ListType { Item: ReferenceType }) || Targets(f).Any(Existing.ContainsKey))
                                       && !LeftOut.Contains(f))];
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            // The catalogue's guidance may cite nothing, so its Markdown gets the filler without the citation;
            // a field from the sources must cite, so a payload there is followed by a citation.
            var fieldText = field.Origin switch
            {
                Origin.Guidance => f => text(f) is var t && t == MarkdownText ? "Done together." : t,
                Origin.Sourced => f => text(f) is var t && !t.Contains("[@", StringComparison.Ordinal) ? $"{t} [@{Source}, Table 1]" : t,
                _ => text,
            };
            var prefix = listItem ? (i == 0 ? indent + "- " : indent + "  ") : indent;
            var inner = listItem ? indent + "    " : indent + "  ";
            switch (field.Type)
            {
                case ObjectType o:
                    yaml.Append(prefix).Append(field.Name).Append(":\n");
                    Fields(yaml, o.Fields, inner, fieldText, sources);
                    break;
                case ListType { Item: ObjectType item }:
                    yaml.Append(prefix).Append(field.Name).Append(":\n");
                    Fields(yaml, item.Fields, inner, fieldText, sources, listItem: true);
                    break;
                case ListType list:
                    var items = list.Item is SourceReferenceType && sources.Count > 0 ? string.Join(", ", sources.Select(YamlScalar.Text)) : Scalar(field with { Type = list.Item }, fieldText);
                    yaml.Append(prefix).Append(field.Name).Append(": [").Append(items).Append("]\n");
                    break;
                default:
                    yaml.Append(prefix).Append(field.Name).Append(": ").Append(Scalar(field, fieldText)).Append('\n');
                    break;
            }
        }
    }

    /// <summary>
    /// A workshop plan's start, a clock time of five characters, and a block's title and break, since a block
    /// that names an entry may have neither (its notes take the payload instead).
    /// </summary>
    private static readonly HashSet<FieldSpec> LeftOut =
    [
        .. EntryTypes.Workshop.Fields.Where(f => f.Name == "start"),
        .. EntryTypes.Workshop.Fields.Where(f => f.Name == "blocks").Select(f => f.Type).OfType<ListType>().Select(l => l.Item).OfType<ObjectType>()
            .SelectMany(o => o.Fields).Where(f => f.Name is "title" or "break"),
    ];

    private static string Scalar(FieldSpec field, Func<FieldSpec, string> text) => field.Type switch
    {
        TextType or SourceReferenceType => YamlScalar.Text(text(field)),
        ReferenceType => Existing[Targets(field).First(Existing.ContainsKey)],
        IntegerType range => range.Min.ToString(),
        EnumType e => e.Values[0],
        BooleanType => "false",
        _ => throw new InvalidOperationException($"no value for {field.Type}"),
    };

    /// <summary>The kinds of entry a reference field, or a list of references, may name.</summary>
    private static IEnumerable<EntryType> Targets(FieldSpec field) => (field.Type switch
    {
        ReferenceType r => r.Targets,
        ListType { Item: ReferenceType r } => r.Targets,
        _ => [],
    }).Select(EntryTypes.Standard.Named).OfType<EntryType>();

    /// <summary>A body with the sections an entry of the kind must have, each with cited text.</summary>
    private static string SectionsOf(EntryType kind) => kind.RequiredSections is { Count: > 0 } sections
        ? string.Concat(sections.Select(s => $"## {s}\n{MarkdownText}\n"))
        : MarkdownText;

    public void Dispose() => Files.Dispose();
}
