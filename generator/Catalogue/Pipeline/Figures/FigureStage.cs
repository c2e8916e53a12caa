using System.Collections.Concurrent;
using System.Security.Cryptography;
using Catalogue.Diagnostics;
using Catalogue.Markdown;
using Catalogue.Markdown.Figures;
using Catalogue.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalogue.Pipeline.Figures;

/// <summary>A file of the site made from a figure: /figures/name-hash-width.ext.</summary>
internal sealed record FigureFile(string SitePath, byte[] Content);

/// <summary>
/// The build's figure stage, between linking and HTML: processes every image the entries show, once per file
/// and in parallel, keeping the results by the hash of the file's bytes so an unchanged image is not processed
/// again; then gives each image's node what the page shows of it (<see cref="FigureImage"/>). An image whose
/// pixels cannot be read is an error at the line that shows it, and nothing is written.
/// </summary>
internal static class FigureStage
{
    /// <summary>The site folder of processed figures.</summary>
    public const string SiteFolder = "figures/";

    /// <param name="cacheFolder">Where processed figures are kept between builds; null to keep none.</param>
    public static IReadOnlyList<FigureFile> Run(IEnumerable<Entry> entries, SiteIndex index, string? cacheFolder, DiagnosticBag diagnostics, StageTimings timings) =>
        timings.Measure("figures", () =>
        {
            var uses = entries.Where(e => e.Document is not null)
                .SelectMany(e => e.Document!.Descendants<LinkInline>().Where(l => l.IsImage).Select(image => (Entry: e, Image: image, Source: FigureSource.Of(image))))
                .Where(u => u.Source is not null).ToList();
            var processed = new ConcurrentDictionary<string, (ProcessedFigure Figure, string Key)>(StringComparer.Ordinal);
            var cache = cacheFolder is null ? null : new FigureCache(cacheFolder);
            Parallel.ForEach(uses.GroupBy(u => u.Source!.FullPath, StringComparer.Ordinal), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, group =>
            {
                var source = group.First().Source!;
                try
                {
                    var bytes = File.ReadAllBytes(source.FullPath);
                    var key = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
                    var figure = cache?.Find(key) ?? FigureProcessor.Process(bytes, source.Info);
                    cache?.Keep(key, figure);
                    processed[source.FullPath] = (figure, key);
                }
                catch (FigureDecodeException e)
                {
                    diagnostics.Error(Codes.BadImage, source.At, $"'{FigureRules.Folder}/{Path.GetFileName(source.FullPath)}' {e.Message}", "open it in an image editor and export it again");
                }
                catch (IOException e)
                {
                    diagnostics.Error(Codes.BadImage, source.At, $"'{FigureRules.Folder}/{Path.GetFileName(source.FullPath)}' could not be read: {e.Message}", "check that the file is readable");
                }
            });
            var files = new Dictionary<string, FigureFile>(StringComparer.Ordinal);
            foreach (var (entry, image, source) in uses)
            {
                if (!processed.TryGetValue(source!.FullPath, out var done)) continue;
                var stem = Stem(source.FullPath) + "-" + done.Key[..8];
                FigureVariant Variant(FigureOutput output)
                {
                    var sitePath = $"{SiteFolder}{stem}-{output.Width}.{output.Extension}";
                    files.TryAdd(sitePath, new FigureFile(sitePath, output.Bytes));
                    return new FigureVariant(index.Url(sitePath), output.Width);
                }
                var webp = done.Figure.Files.Where(f => f.Extension == "webp").Select(Variant).ToList();
                var fallback = done.Figure.Files.Where(f => f.Extension != "webp").Select(Variant).ToList();
                var largest = done.Figure.Files[^1];
                var caption = source.Listing["caption"] is TextValue text && entry.InlineDocuments.TryGetValue(text, out var document)
                    ? MarkdownSyntax.ToInlineHtml(document) : null;
                new FigureImage(webp, fallback, largest.Width, largest.Height, source.Listing.Text("credit") ?? "", source.Listing.Text("license") ?? "", caption)
                    .AttachTo(image);
            }
            return (IReadOnlyList<FigureFile>)[.. files.Values.OrderBy(f => f.SitePath, StringComparer.Ordinal)];
        });

    /// <summary>The file's name as a safe part of an address: lower-case letters, digits and hyphens.</summary>
    private static string Stem(string path)
    {
        var name = new string([.. Path.GetFileNameWithoutExtension(path).ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return name.Length == 0 ? "figure" : name;
    }
}
