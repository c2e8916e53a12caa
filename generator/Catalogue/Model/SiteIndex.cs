using Catalogue.Model.Types;

namespace Catalogue.Model;

/// <summary>Every entry and source by id, and the URL of each page; built once per build.</summary>
internal sealed class SiteIndex
{
    public SiteIndex(IEnumerable<Entry> entries, IEnumerable<Source> sources, SiteConfig config, ContentModel model, IReadOnlyDictionary<EntryType, Section>? sections = null)
    {
        Config = config;
        Model = model;
        Sections = sections ?? new Dictionary<EntryType, Section>();
        Entries = entries.OrderBy(e => e.Kind.Order).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        ById = Entries.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        ByPath = Entries.ToDictionary(e => e.RelativePath, StringComparer.Ordinal);
        Sources = sources.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        SourcesById = Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _urls = Entries.ToDictionary(e => e.RelativePath, e => Url(PathOf(e)), StringComparer.Ordinal);
        _sourceUrls = Sources.ToDictionary(s => s.Id, SourceUrl, StringComparer.Ordinal);
    }

    private SiteIndex(SiteIndex previous, IReadOnlyCollection<Entry> replacements)
    {
        Config = previous.Config;
        Model = previous.Model;
        Sections = previous.Sections;
        var byId = new Dictionary<string, Entry>(previous.ById, StringComparer.Ordinal);
        var byPath = new Dictionary<string, Entry>(previous.ByPath, StringComparer.Ordinal);
        foreach (var entry in replacements) byId[entry.Id] = byPath[entry.RelativePath] = entry;
        ById = byId;
        ByPath = byPath;
        Entries = [.. previous.Entries.Select(e => byPath[e.RelativePath])];
        Sources = previous.Sources;
        SourcesById = previous.SourcesById;
        // An entry read again from its file keeps its kind and id, and so its address.
        _urls = previous._urls;
        _sourceUrls = previous._sourceUrls;
    }

    /// <summary>This index with entries read again from the same files: their order and ids stay as they were.</summary>
    public SiteIndex With(IReadOnlyCollection<Entry> replacements) => new(this, replacements);

    public SiteConfig Config { get; }

    /// <summary>The entry types the content was read with.</summary>
    public ContentModel Model { get; }

    /// <summary>What each type's folder says of itself in its _index.md: its list page's title and introduction.</summary>
    public IReadOnlyDictionary<EntryType, Section> Sections { get; }

    /// <summary>A list page's title: the folder's own, else the type's plural.</summary>
    public string TitleOf(EntryType type) => Sections.GetValueOrDefault(type)?.Title ?? type.PluralLabel;

    /// <summary>A list page's introduction: the folder's own, else what the type is.</summary>
    public string DescriptionOf(EntryType type) => Sections.GetValueOrDefault(type)?.Summary ?? type.Description;
    public IReadOnlyList<Entry> Entries { get; }
    public IReadOnlyDictionary<string, Entry> ById { get; }
    public IReadOnlyDictionary<string, Entry> ByPath { get; }
    public IReadOnlyList<Source> Sources { get; }
    public IReadOnlyDictionary<string, Source> SourcesById { get; }

    /// <summary>Each entry's address by its path, made once: every link, list and card on every page asks for it.</summary>
    private readonly Dictionary<string, string> _urls;

    /// <summary>Each source's address in the bibliography, made once: a large catalogue cites a few sources many thousand times.</summary>
    private readonly Dictionary<string, string> _sourceUrls;

    public Entry? Find(string id) => ById.GetValueOrDefault(id);

    public IEnumerable<Entry> OfKind(EntryType kind) => Entries.Where(e => e.Kind == kind);

    /// <summary>The home introduction is shown on the home page and has no page of its own.</summary>
    public static bool HasOwnPage(Entry entry) => !(entry.Kind.IsPage && entry.Id == "home");

    /// <summary>Site path without the prefix: "practices/co-design/", or "about/" for a free page.</summary>
    public static string PathOf(Entry entry) => HasOwnPage(entry) ? entry.Kind.PathOf(entry.Id) : "";

    public static string ListPathOf(EntryType kind) => kind.ListPath;
    public const string BibliographyPath = "sources/";

    public string Url(string sitePath) => Config.PathPrefix + sitePath;
    public string UrlOf(Entry entry) => _urls.TryGetValue(entry.RelativePath, out var url) ? url : Url(PathOf(entry));
    public string UrlOf(Source source) => _sourceUrls.TryGetValue(source.Id, out var url) ? url : SourceUrl(source);

    private string SourceUrl(Source source) => Url(BibliographyPath) + "#" + source.Id;
}
