using System.Globalization;
using System.Text.Json;

namespace Catalogue.Export;

/// <summary>
/// Reads the workshop file the builder page offers (workshop.json): its title, start, group size and blocks
/// with their minutes, in agenda order.
/// </summary>
internal static class WorkshopFile
{
    public const string Format = "co-creation-workshop";

    public static DeckRequest Read(string path)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            root = document.RootElement.Clone();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DeckRequestException($"cannot read the workshop file {path}: {e.Message}");
        }
        catch (JsonException e)
        {
            throw new DeckRequestException($"{path} is not JSON: {e.Message}");
        }
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format
            || !root.TryGetProperty("blocks", out var blocks) || blocks.ValueKind != JsonValueKind.Array)
            throw new DeckRequestException($"{path} is not a workshop file; download one from the workshop builder's page");

        var list = blocks.EnumerateArray().Select(block =>
            block.ValueKind == JsonValueKind.Object && block.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? new DeckBlock(id.GetString()!, block.TryGetProperty("minutes", out var m) && m.TryGetInt32(out var minutes) && minutes > 0 ? minutes : null)
                : throw new DeckRequestException($"{path}: every block needs an id")).ToList();
        var title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String && t.GetString()!.Trim().Length > 0 ? t.GetString()!.Trim() : null;
        TimeOnly? start = root.TryGetProperty("start", out var s) && s.ValueKind == JsonValueKind.String
            && TimeOnly.TryParseExact(s.GetString(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;
        int? size = root.TryGetProperty("group_size", out var g) && g.TryGetInt32(out var n) && n > 0 ? n : null;
        return new DeckRequest(title, list, start, size);
    }
}
