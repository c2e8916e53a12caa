using System.Globalization;
using System.Text.Json;

namespace Catalogue.Export;

/// <summary>
/// Reads the workshop file the builder page offers (workshop.json): its title, start, group size and blocks
/// in agenda order (entries, breaks and the trainer's own blocks, each with minutes and notes).
/// </summary>
internal static class WorkshopFile
{
    public const string Format = "co-creation-workshop";

    private sealed record FileShape(string? Format, string? Title, string? Start, int? GroupSize, List<BlockShape?>? Blocks);

    private sealed record BlockShape(string? Type, string? Id, int? Minutes, string? Title, string? Notes);

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static DeckRequest Read(string path)
    {
        FileShape? file;
        try
        {
            file = JsonSerializer.Deserialize<FileShape>(File.ReadAllText(path), Options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DeckRequestException($"cannot read the workshop file {path}: {e.Message}");
        }
        catch (JsonException e)
        {
            throw new DeckRequestException(e.Path is { Length: > 1 } where
                ? $"{path} is not a workshop file: the value at {where.TrimStart('$', '.')} has the wrong type; download one from the workshop builder's page"
                : $"{path} is not JSON ({e.Message.Split(" Path:")[0].TrimEnd('.')}); download a workshop file from the workshop builder's page");
        }
        if (file is not { Format: Format, Blocks: { } blocks })
            throw new DeckRequestException($"{path} is not a workshop file; download one from the workshop builder's page");

        var list = blocks.Select((block, i) => Block(path, i + 1, block)).ToList();
        TimeOnly? start = TimeOnly.TryParseExact(file.Start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;
        return new DeckRequest(Trimmed(file.Title), list, start, file.GroupSize is > 0 ? file.GroupSize : null);
    }

    private static DeckBlock Block(string path, int number, BlockShape? block)
    {
        var minutes = block?.Minutes is > 0 and <= 24 * 60 ? block.Minutes : null;
        return (block?.Type ?? DeckBlock.EntryType) switch
        {
            DeckBlock.EntryType when Trimmed(block?.Id) is { } id => DeckBlock.Entry(id, minutes, Trimmed(block!.Notes)),
            DeckBlock.EntryType => throw new DeckRequestException($"{path}: block {number} names no entry; give it an \"id\""),
            DeckBlock.BreakType => new DeckBlock(DeckBlock.BreakType, null, minutes ?? 15, null, Trimmed(block!.Notes)),
            DeckBlock.CustomType => new DeckBlock(DeckBlock.CustomType, null, minutes ?? 15, Trimmed(block!.Title) ?? "Own block", Trimmed(block.Notes)),
            var other => throw new DeckRequestException($"{path}: block {number} has the type '{other}'; use \"entry\", \"break\" or \"custom\""),
        };
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
