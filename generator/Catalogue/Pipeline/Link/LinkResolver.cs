using System.Collections.Concurrent;
using Catalogue.Diagnostics;
using Catalogue.Markdown.Citations;
using Catalogue.Markdown.Unsupported;
using Catalogue.Markdown.WikiLinks;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Pipeline.Cache;
using Catalogue.Pipeline.Figures;
using Catalogue.Pipeline.Parse;
using Markdig.Syntax.Inlines;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Pipeline.Link;

/// <summary>
/// Link stage: parses each entry's Markdown where it is not parsed yet, checks every id, wikilink, relative
/// link and citation against the index, rewrites resolved links in the parsed Markdown in place, and builds
/// the link graph with its backlinks.
/// </summary>
/// <param name="keepTrees">
/// False for a run that renders nothing: each entry's Markdown trees go as soon as its links are resolved, so
/// they never pile up (about 140 MB at 10,000 entries), and an unchanged entry's headings and link sites come
/// from the cache without parsing.
/// </param>
/// <param name="cache">What earlier runs found in each entry's Markdown; what this run finds is kept in it.</param>
internal sealed class LinkResolver(SiteIndex index, DiagnosticBag diagnostics, UnreadContent unread, bool keepTrees = true, EntryCache? cache = null)
{
    private SiteIndex Index => index;
    private DiagnosticBag Diagnostics => diagnostics;
    private UnreadContent Unread => unread;

    public LinkGraph Resolve() => Resolve(index.Entries, null);

    /// <summary>
    /// Resolves the links of the given entries and takes every other entry's from the previous graph: a
    /// preview re-resolves only the entries a change touched and those linking to them. The previous
    /// graph must be of the same entries.
    /// </summary>
    public LinkGraph Resolve(IReadOnlyCollection<Entry> entries, LinkGraph? previous)
    {
        var resolved = new ConcurrentDictionary<string, EntryLinkSet>(StringComparer.Ordinal);
        Parallel.ForEach(entries, entry =>
        {
            var links = new EntryLinks(this, entry, Sites(entry)).Resolve();
            if (!keepTrees) entry.ReleaseTrees();
            // Two files with one id are an error of their own; their links still count, for the other diagnostics.
            resolved.AddOrUpdate(entry.Id, links, (id, other) => Merge(id, other, links));
        });
        // Every entry's headings are known only now that all are parsed.
        foreach (var link in _sectionLinks) link.Check(diagnostics);
        LinkGraph graph;
        if (previous is null)
        {
            var byEntry = new Dictionary<string, EntryLinkSet>(StringComparer.Ordinal);
            foreach (var entry in index.Entries)
                byEntry[entry.Id] = resolved.GetValueOrDefault(entry.Id) ?? EntryLinkSet.None;
            graph = new LinkGraph(byEntry);
        }
        else graph = previous.With(resolved);
        foreach (var entry in index.Entries.Where(e => !e.Kind.ReachableWithoutLinks && graph.LinksTo(e.Id).Count == 0))
            diagnostics.Warning(Codes.Orphan, entry.Start, $"no entry links to this {entry.Kind.Name}",
                $"link it from a related entry with [[{entry.Id}]] or list it under 'related'");
        return graph;
    }

    /// <summary>The entry's link sites, from its trees (parsed now if they are not yet) or, when no tree is wanted, from the cache.</summary>
    private IReadOnlyList<LinkSite> Sites(Entry entry)
    {
        var key = cache is null ? default : EntryCache.MarkdownKeyOf(entry);
        if (entry.Document is null && !keepTrees && cache?.FindMarkdown(key) is { } found)
        {
            entry.Headings = found.Headings;
            return found.Sites;
        }
        if (entry.Document is null) MarkdownParseStage.Parse(entry);
        var sites = LinkSiteCollector.Collect(entry);
        cache?.KeepMarkdown(key, new MarkdownFindings(entry.Headings, sites));
        return sites;
    }

    private static EntryLinkSet Merge(string id, EntryLinkSet a, EntryLinkSet b) => EntryLinkSet.Of(id, [.. a.Edges, .. b.Edges], [.. a.Broken, .. b.Broken], [.. a.Cites, .. b.Cites]);

    /// <summary>
    /// Where a link stands, worked out only for a diagnostic: placing a link inside a YAML value costs more
    /// than checking it, and nearly every link checks out.
    /// </summary>
    private readonly struct Place
    {
        private readonly SourceLocation? _at;
        private readonly Entry? _entry;
        private readonly LinkSite? _site;

        public Place(SourceLocation at) => _at = at;

        public Place(Entry entry, LinkSite site) => (_entry, _site) = (entry, site);

        public SourceLocation Location => _at ?? (_site!.Field == LinkSite.Body
            ? _entry!.BodyText.At(_site.Offset)
            : _entry!.MarkdownFields[_site.Field].Locate(_site.Offset));
    }

    /// <summary>Links to a section of another entry, checked once every entry's headings are known.</summary>
    private readonly ConcurrentQueue<SectionLink> _sectionLinks = new();

    /// <summary>A link to a section (…/co-design.md#pitfalls), which must name one of the entry's headings.</summary>
    private sealed record SectionLink(string Url, Entry Target, string Section, Place At)
    {
        public void Check(DiagnosticBag diagnostics)
        {
            var sections = Target.Headings.Select(h => h.Id).OfType<string>().ToList();
            if (sections.Contains(Section)) return;
            diagnostics.Error(Codes.BrokenLink, At.Location, $"link to '{Url}' points at no section of '{Target.Id}'",
                Spelling.DidYouMean(Section, sections)
                ?? (sections.Count == 0 ? "the entry has no sections; leave out the '#…'" : "its sections are " + string.Join(", ", sections.Select(s => "#" + s))));
        }
    }

    /// <summary>Resolution of one entry's links; one instance per entry, so workers share nothing.</summary>
    private sealed class EntryLinks(LinkResolver owner, Entry entry, IReadOnlyList<LinkSite> sites)
    {
        private readonly List<LinkEdge> edges = [];
        private readonly List<LinkEdge> broken = [];
        private readonly List<string> citations = [];
        private HashSet<string>? listed;

        /// <summary>The ids in the entry's 'sources:'; null for a type that needs none (a page), which cites freely.</summary>
        private HashSet<string>? Listed => !entry.Kind.Fields.Any(f => f is { Name: "sources", Required: true }) ? null
            : listed ??= entry.SourceIds.ToHashSet(StringComparer.Ordinal);

        private SiteIndex Index => owner.Index;
        private DiagnosticBag Diagnostics => owner.Diagnostics;
        private UnreadContent Unread => owner.Unread;

        public EntryLinkSet Resolve()
        {
            foreach (var (field, value) in entry.Fields.Fields)
                foreach (var item in Value.Flatten(value))
                    ResolveValue(field, item);

            foreach (var site in sites) Resolve(site);
            return EntryLinkSet.Of(entry.Id, edges, broken, citations);
        }

        private void ResolveValue(string field, Value value)
        {
            switch (value)
            {
                case ReferenceValue reference:
                    if (Lookup(reference.Id, reference.Targets, new Place(reference.At), field) is { } target)
                    {
                        if (target.Id == entry.Id)
                            Diagnostics.Warning(Codes.SelfReference, reference.At, $"this {entry.Kind.Name} refers to itself in '{field}'", "remove the reference");
                        else
                            edges.Add(new LinkEdge(entry.Id, target.Id, field));
                    }
                    break;
                case SourceReferenceValue source:
                    if (LookupSource(source.Id, new Place(source.At)) is not null) citations.Add(source.Id);
                    break;
            }
        }

        /// <param name="types">Names of the types the id may name; null for any.</param>
        private Entry? Lookup(string id, IReadOnlyList<string>? types, Place at, string field)
        {
            if (Index.Find(id) is not { } target)
            {
                broken.Add(new LinkEdge(entry.Id, id, field));
                if (Unread.EntryIds.Contains(id)) return null;
                var what = KindsNamed(types);
                var candidates = Index.Entries.Where(e => Fits(e, types)).Select(e => e.Id);
                Diagnostics.Error(Codes.UnknownReference, at.Location, $"unknown {what} '{id}'", Spelling.DidYouMean(id, candidates) ?? $"no {what} has this id");
                return null;
            }
            if (!Fits(target, types))
            {
                var what = KindsNamed(types);
                Diagnostics.Error(Codes.WrongReferenceType, at.Location, $"'{id}' is {Article(target.Kind.Name)}, not {Article(what)}",
                    Spelling.DidYouMean(id, Index.Entries.Where(e => Fits(e, types)).Select(e => e.Id)) ?? $"name {Article(what)} here");
                return null;
            }
            return target;
        }

        private static string Article(string noun) => ("aeiou".Contains(noun[0]) ? "an " : "a ") + noun;

        private static bool Fits(Entry entry, IReadOnlyList<string>? types) => types is null || types.Contains(entry.Kind.Name);

        private static string KindsNamed(IReadOnlyList<string>? types) =>
            string.Join(" or ", types is null || types.Count > 3 ? ["entry"] : types);

        private Source? LookupSource(string id, Place at)
        {
            if (Index.SourcesById.TryGetValue(id, out var source)) return source;
            if (Unread.Bibliography) return null;
            Diagnostics.Error(Codes.UnknownSource, at.Location, $"unknown source '{id}'",
                Spelling.DidYouMean(id, Index.SourcesById.Keys) ?? "add it to content/sources.yaml first");
            return null;
        }

        private void Resolve(LinkSite site)
        {
            var at = new Place(entry, site);
            switch (site.Kind)
            {
                case LinkSiteKind.WikiLink:
                    if (Lookup(site.Target, null, at, "body") is { } target)
                    {
                        if (site.Node is WikiLinkInline wiki) wiki.Target = new ResolvedLink(Index.UrlOf(target), target.Title, target.Kind.Name);
                        edges.Add(new LinkEdge(entry.Id, target.Id, "body"));
                    }
                    break;
                case LinkSiteKind.Citation:
                    if (LookupSource(site.Target, at) is { } source)
                    {
                        if (site.Node is CitationInline cite) cite.Target = new ResolvedLink(Index.UrlOf(source), source.ShortLabel, "source");
                        citations.Add(source.Id);
                        // 'sources:' is what the entry rests on: lists, cards and the data downloads read it, so a cited work must be in it.
                        if (Listed is { } sources && !sources.Contains(source.Id))
                            Diagnostics.Error(Codes.CitedSourceNotListed, at.Location, $"'{source.Id}' is cited but not in this {entry.Kind.Name}'s 'sources'",
                                $"add {source.Id} to 'sources:' in the front matter");
                    }
                    break;
                case LinkSiteKind.Url:
                    ResolveUrl(site, at);
                    break;
                case LinkSiteKind.Image:
                    if (FigureResolver.Resolve(entry, site.Target, site.Field == LinkSite.Body, () => at.Location, Diagnostics) is { } figure
                        && site.Node is LinkInline image)
                        figure.AttachTo(image);
                    break;
                case LinkSiteKind.ImageWithoutAlt:
                    Diagnostics.Error(Codes.ImageWithoutAlt, at.Location, $"the image '{site.Target}' has no alt text",
                        "describe what it shows for readers who cannot see it: ![A sketch of the service blueprint](…)");
                    break;
                case LinkSiteKind.UnsafeAutolink:
                    Diagnostics.Error(Codes.UnsafeUrl, at.Location, $"'{UrlSafety.Scheme(site.Target)}' links are not allowed", "link to an http or https address");
                    break;
                case LinkSiteKind.RawHtml:
                    Diagnostics.Error(Codes.RawHtml, at.Location, "raw HTML is not allowed in entries", "use Markdown instead (see docs/content-guide.md)");
                    break;
                case LinkSiteKind.Unsupported:
                    var (message, hint) = UnsupportedSyntax.Describe(site.Target);
                    Diagnostics.Error(Codes.UnsupportedMarkdown, at.Location, message, hint);
                    break;
            }
        }

        private void ResolveUrl(LinkSite site, Place at)
        {
            var url = site.Target;
            var link = site.Node as LinkInline;
            if (UrlSafety.IsUnsafe(url))
            {
                Diagnostics.Error(Codes.UnsafeUrl, at.Location, $"'{UrlSafety.Scheme(url)}' links are not allowed", "link to an http or https address");
                link?.Url = "#";
                return;
            }
            if (UrlSafety.HasScheme(url) || url.StartsWith('#') || url.StartsWith('/') || url.Length == 0) return;

            var hash = url.IndexOf('#');
            var path = Uri.UnescapeDataString(hash < 0 ? url : url[..hash]);
            var fragment = hash < 0 ? "" : url[hash..];
            var folder = Path.GetDirectoryName(entry.RelativePath)?.Replace('\\', '/') ?? "";
            var combined = Normalize(folder.Length == 0 ? path : folder + "/" + path);
            if (combined is not null && path.EndsWith(".md", StringComparison.Ordinal) && Index.ByPath.TryGetValue(combined, out var target))
            {
                if (fragment.Length > 1) owner._sectionLinks.Enqueue(new SectionLink(url, target, fragment[1..], at));
                link?.Url = Index.UrlOf(target) + fragment;
                edges.Add(new LinkEdge(entry.Id, target.Id, "body"));
                return;
            }
            // A link to a missing entry file names the entry by its file name, as ids do.
            if (path.EndsWith(".md", StringComparison.Ordinal))
                broken.Add(new LinkEdge(entry.Id, Path.GetFileNameWithoutExtension(path), "body"));
            Diagnostics.Error(Codes.BrokenLink, at.Location, $"link to '{url}' points at no entry",
                "link to an entry's .md file (../practices/co-design.md) or write [[id]]");
        }

        /// <summary>Resolves "." and ".." in a content-relative path; null when it climbs out of content/.</summary>
        private static string? Normalize(string path)
        {
            var parts = new List<string>();
            foreach (var part in path.Split('/'))
            {
                if (part is "" or ".") continue;
                if (part == "..")
                {
                    if (parts.Count == 0) return null;
                    parts.RemoveAt(parts.Count - 1);
                }
                else parts.Add(part);
            }
            return string.Join('/', parts);
        }
    }
}
