using Catalogue.Diagnostics;
using Catalogue.Model;

namespace Catalogue.Pipeline.Figures;

/// <summary>
/// The link stage's check of an image in an entry: it lives in the images/ folder beside the entry, is a sound
/// image within the limits, and is listed under 'figures' with its credit and licence. An image from another
/// site is refused, since the site's Content-Security-Policy (img-src 'self') would block it on the live site.
/// </summary>
internal static class FigureResolver
{
    /// <summary>The image to process, or null after reporting why it cannot be shown.</summary>
    /// <param name="url">The address as written: images/name.png.</param>
    /// <param name="inBody">False for an image in a front-matter field, which has no room for a figure.</param>
    public static FigureSource? Resolve(Entry entry, string url, bool inBody, Func<SourceLocation> at, DiagnosticBag diagnostics)
    {
        var folder = $"content/{entry.Kind.Folder}/{FigureRules.Folder}/";
        if (UrlSafety.IsUnsafe(url))
        {
            diagnostics.Error(Codes.UnsafeUrl, at(), $"'{UrlSafety.Scheme(url)}' links are not allowed", "link to an http or https address");
            return null;
        }
        if (UrlSafety.HasScheme(url) || url.StartsWith("//", StringComparison.Ordinal))
        {
            diagnostics.Error(Codes.ExternalImage, at(), $"'{url}' is an image on another site, which the site's Content-Security-Policy blocks",
                $"save the image in {folder}, link it as ![alt]({FigureRules.Folder}/name.png) and list it under 'figures:' with its credit and licence");
            return null;
        }
        if (!inBody)
        {
            diagnostics.Error(Codes.UnsupportedMarkdown, at(), "an image in a front-matter field cannot be shown as a figure", "put the image in the body, in a paragraph of its own");
            return null;
        }
        var name = Uri.UnescapeDataString(url.Split('#', '?')[0]);
        if (FileOf(name) is not { } file)
        {
            diagnostics.Error(Codes.BadImage, at(), $"'{url}' is not in the images folder beside this entry",
                $"save the image in {folder} and link it as {FigureRules.Folder}/{Path.GetFileName(name)}");
            return null;
        }
        var entryFolder = Path.GetDirectoryName(Path.GetFullPath(entry.File))!;
        var path = Path.Combine(entryFolder, FigureRules.Folder, file);
        var (info, problem, hint) = FigureInspector.Inspect(path, $"{FigureRules.Folder}/{file}");
        if (info is null)
        {
            diagnostics.Error(Codes.BadImage, at(), problem!, hint);
            return null;
        }
        var listing = entry.Fields.Objects("figures").FirstOrDefault(f => f.Text("file") is { } listed && FileOf(listed) == file);
        if (listing is null)
        {
            diagnostics.Error(Codes.FigureNotListed, at(), $"'{url}' has no credit and licence",
                $"list it in the front matter: figures: [{{file: {FigureRules.Folder}/{file}, credit: who made it, license: who may reuse it}}]");
            return null;
        }
        return new FigureSource(path, info, listing, at());
    }

    /// <summary>The file name of an image linked as images/name (or ./images/name), or null for any other place.</summary>
    private static string? FileOf(string link)
    {
        var path = link.StartsWith("./", StringComparison.Ordinal) ? link[2..] : link;
        var prefix = FigureRules.Folder + "/";
        return path.StartsWith(prefix, StringComparison.Ordinal) && path[prefix.Length..] is { Length: > 0 } file
            && !file.Contains('/') && !file.Contains('\\') && file is not ("." or "..") ? file : null;
    }
}
