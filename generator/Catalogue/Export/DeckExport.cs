using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CliWrap;
using CliWrap.Buffered;
using Catalogue.Model;
using Catalogue.Output;
using Catalogue.Pipeline.Link;
using Catalogue.Rendering;

namespace Catalogue.Export;

/// <summary>How many slides a deck got, and how many of them continue a slide whose text did not fit on one.</summary>
internal sealed record DeckSummary(int Slides, int Continuations);

/// <summary>Node.js is missing or the deck script failed: the environment, not the request.</summary>
internal sealed class DeckScriptException(string message) : Exception(message);

/// <summary>
/// A deck from the catalogue, made by the site's own deck script (PptxGenJS and deck.js, as the browser's
/// "Download slides" runs them) under Node.js, from the same data the workshop builder fetches.
/// </summary>
internal static class DeckExport
{
    public static async Task<DeckSummary> WriteAsync(string output, SiteIndex index, LinkGraph graph, DeckRequest request, CancellationToken cancel = default)
    {
        var script = Path.Combine(Path.GetTempPath(), $"catalogue-deck-{Guid.NewGuid():N}.js");
        try
        {
            await File.WriteAllBytesAsync(script, Runner(), cancel);
            var input = Input(index, graph, request);
            BufferedCommandResult result;
            try
            {
                result = await CliWrap.Cli.Wrap("node").WithArguments(["--no-warnings", script, output])
                    .WithStandardInputPipe(PipeSource.FromString(input))
                    .WithValidation(CommandResultValidation.None)
                    .ExecuteBufferedAsync(Encoding.UTF8, cancel);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                throw new DeckScriptException("Node.js is needed to write slides and 'node' was not found; install Node.js 20 or later, or download the slides from the site's workshop builder.");
            }
            if (result.ExitCode != 0)
                throw new DeckScriptException($"the deck script failed: {result.StandardError.Trim().Split('\n')[0]}");
            var summary = JsonNode.Parse(result.StandardOutput)!;
            return new DeckSummary((int)summary["slides"]!, (int)summary["continued"]!);
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>What the deck script reads on standard input: the workshop and the builder's data.</summary>
    public static string Input(SiteIndex index, LinkGraph graph, DeckRequest request)
    {
        var workshop = new JsonObject
        {
            ["title"] = request.Title,
            ["start"] = request.Start?.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["size"] = request.GroupSize,
            ["blocks"] = new JsonArray([.. request.Blocks.Select(b => (JsonNode)new JsonObject
            {
                ["type"] = b.Type, ["id"] = b.Id, ["minutes"] = b.Minutes, ["title"] = b.Title, ["notes"] = b.Notes,
            })]),
        };
        return $"{{\"workshop\":{workshop.ToJsonString()},\"data\":{WorkshopBlocks.Json(index, new EntryRelations(index, graph))}}}";
    }

    /// <summary>The Node runner with the theme's agenda and deck scripts inside, as one file.</summary>
    private static byte[] Runner()
    {
        using var stream = typeof(DeckExport).Assembly.GetManifestResourceStream("deck-node.js")
            ?? throw new InvalidOperationException("the generator has no embedded deck-node.js");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var runner = reader.ReadToEnd();
        return Encoding.UTF8.GetBytes(runner.Replace("/*DECK-SCRIPT*/", JsonSerializer.Serialize(ThemeAssets.Embedded.AgendaScript + "\n" + Encoding.UTF8.GetString(ThemeAssets.Embedded.Deck.Content))));
    }
}
