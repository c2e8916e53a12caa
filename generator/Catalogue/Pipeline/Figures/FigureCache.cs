using System.Globalization;

namespace Catalogue.Pipeline.Figures;

/// <summary>
/// Processed figures kept between builds, one folder per image's content hash (and the settings that made
/// them: a change of widths or quality makes new folders). A damaged or half-written folder is a miss.
/// </summary>
internal sealed class FigureCache(string folder)
{
    /// <summary>Changes whenever <see cref="FigureRules"/> or the processing changes what is made.</summary>
    private static readonly string Version = "v1-" + string.Join('.', FigureRules.Widths) + $"-q{FigureRules.WebPQuality}.{FigureRules.JpegQuality}";

    private const string Manifest = "files.txt";

    /// <summary>The folder beside the entry cache's file (see EntryCache.DefaultFile); null when there is none.</summary>
    public static string? FolderBeside(string? entryCacheFile) =>
        entryCacheFile is null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(entryCacheFile))!, "figures");

    private string FolderOf(string key) => Path.Combine(folder, Version, key);

    public ProcessedFigure? Find(string key)
    {
        var dir = FolderOf(key);
        try
        {
            var lines = File.ReadAllLines(Path.Combine(dir, Manifest));
            var files = new List<FigureOutput>();
            foreach (var line in lines)
            {
                if (line.Split(' ') is not [var w, var h, var extension]
                    || !int.TryParse(w, CultureInfo.InvariantCulture, out var width) || !int.TryParse(h, CultureInfo.InvariantCulture, out var height)) return null;
                files.Add(new FigureOutput(width, height, extension, File.ReadAllBytes(Path.Combine(dir, $"{width}.{extension}"))));
            }
            return files.Count == 0 ? null : new ProcessedFigure(files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps a figure, written to a temporary folder and moved into place, so a reader never sees half of one. A cache that cannot be written only costs time.</summary>
    public void Keep(string key, ProcessedFigure figure)
    {
        var dir = FolderOf(key);
        if (Directory.Exists(dir)) return;
        var temporary = dir + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(temporary);
            foreach (var file in figure.Files) File.WriteAllBytes(Path.Combine(temporary, $"{file.Width}.{file.Extension}"), file.Bytes);
            File.WriteAllLines(Path.Combine(temporary, Manifest), figure.Files.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Width} {f.Height} {f.Extension}")));
            Directory.Move(temporary, dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { Directory.Delete(temporary, recursive: true); } catch (Exception) { /* left for the next build to ignore */ }
        }
    }
}
