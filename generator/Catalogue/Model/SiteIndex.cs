namespace Catalogue.Model;

/// <summary>Every entry and source by id, and the URL of each page; built once per build.</summary>
internal sealed class SiteIndex
{
    public SiteIndex(IEnumerable<Entry> entries, IEnumerable<Source> sources, SiteConfig config)
    {
        Config = config;
        Entries = entries.OrderBy(e => e.Kind).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
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

    public IEnumerable<Entry> OfKind(EntryKind kind) => Entries.Where(e => e.Kind == kind);

    /// <summary>The home introduction is shown on the home page and has no page of its own.</summary>
    public static bool HasOwnPage(Entry entry) => !(entry.Kind == EntryKind.Page && entry.Id == "home");

    /// <summary>Site path without the prefix: "practices/co-design/", or "about/" for a free page.</summary>
    public static string PathOf(Entry entry) => entry.Kind == EntryKind.Page
        ? (entry.Id == "home" ? "" : entry.Id + "/")
        : $"{entry.Kind.Folder()}/{entry.Id}/";

    public static string ListPathOf(EntryKind kind) => kind.Folder() + "/";
    public const string BibliographyPath = "sources/";

    public string Url(string sitePath) => Config.PathPrefix + sitePath;
    public string UrlOf(Entry entry) => _urls.TryGetValue(entry.RelativePath, out var url) ? url : Url(PathOf(entry));
    public string UrlOf(Source source) => _sourceUrls.TryGetValue(source.Id, out var url) ? url : SourceUrl(source);

    private string SourceUrl(Source source) => Url(BibliographyPath) + "#" + source.Id;
}
