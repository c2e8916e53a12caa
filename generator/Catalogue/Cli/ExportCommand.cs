using System.CommandLine;
using Catalogue.Diagnostics;
using Catalogue.Export;
using Catalogue.Model;
using Catalogue.Output;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.Read;
using Catalogue.Reporting;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Cli;

/// <summary>`catalogue export deck`: a workshop's slides as a PowerPoint file, from entry ids or the builder's workshop file.</summary>
internal static class ExportCommand
{
    /// <summary>An option per type a workshop is made of: --practices, --capabilities, …</summary>
    private static readonly (EntryType Kind, Option<string?> Option)[] IdLists =
        [.. WorkshopBlocks.Kinds(EntryTypes.Standard).Select(t => (t, Ids(t)))];

    private static readonly string IdOptions = string.Join(", ", IdLists.Select(l => l.Option.Name));

    private static readonly Option<string?> Workshop = new Option<string?>("--workshop")
    {
        Description = "A workshop file downloaded from the workshop builder (/workshop/): its blocks, in order, with their times.",
    }.NeedsPath();

    private static readonly Option<string?> Title = new("--title") { Description = "The deck's title (default: the workshop's, else \"Co-creation workshop\")." };

    private static readonly Option<string> Out = new Option<string>("--out") { Description = "The PowerPoint file to write (.pptx); an existing file is replaced only with --force.", Required = true }.NeedsPath();

    private static readonly Option<bool> Force = new("--force") { Description = "Replace the --out file if it exists." };

    private static Option<string?> Ids(EntryType type) => new(WorkshopBlocks.DeckOption(type)) { Description = $"The {type.Folder} to include, as ids separated by commas, in order." };

    public static Command Create()
    {
        var deck = new Command("deck", "Write a PowerPoint deck (needs Node.js): a title slide, the agenda, the materials, the slides of each practice, method, capability, case and concept with speaker notes, breaks and own blocks from a workshop file, and the references. The same slides as the site's \"Download slides\".")
        {
            BuildCommand.Content, Workshop, Title, Out, Force,
        };
        foreach (var (_, option) in IdLists) deck.Options.Add(option);
        deck.Validators.Add(result =>
        {
            var lists = IdLists.Any(l => result.GetResult(l.Option) is not null);
            var workshop = result.GetResult(Workshop) is not null;
            if (lists && workshop) result.AddError($"give a --workshop file or ids ({IdOptions}), not both");
            else if (!lists && !workshop) result.AddError($"say what the deck covers: {IdOptions} or --workshop FILE");
        });
        deck.SetAction(Run);
        return new Command("export", "Export the catalogue in other forms.") { deck };
    }

    private static async Task<int> Run(ParseResult parse, CancellationToken cancel)
    {
        var reporter = Reporter.For(parse);
        var output = parse.GetValue(Out)!;
        if (Directory.Exists(output))
        {
            reporter.Failure($"catalogue export deck: --out {output} is a folder; name the .pptx file to write.");
            return ExitCodes.BadUsage;
        }
        if (File.Exists(output) && !parse.GetValue(Force))
        {
            reporter.Failure($"catalogue export deck: --out {output} already exists; name a new file, or add --force to replace it.");
            return ExitCodes.BadUsage;
        }
        var content = parse.GetValue(BuildCommand.Content)!;
        if (reporter.ReportMissingFolder(BuildCommand.Content, content)) return ExitCodes.BadUsage;
        var diagnostics = new DiagnosticBag();
        var paths = TypesFileReader.Open(content, null, diagnostics);
        var catalogue = paths is null ? null : new CatalogueLoader(paths, null, diagnostics, new StageTimings()).Load();
        if (catalogue is null || diagnostics.HasErrors)
        {
            reporter.Diagnostics(diagnostics.Sorted().Where(d => d.IsError).ToList());
            reporter.Failure("The content has errors; no deck was written.");
            return ExitCodes.ContentErrors;
        }

        DeckSummary summary;
        // Written beside the target and moved into place, so a failure never leaves half a deck.
        var staging = $"{output}.{Guid.NewGuid():N}.partial";
        try
        {
            var request = Request(parse, catalogue.Index);
            // Made here first, so a folder that cannot be written is reported as such, before Node.js starts.
            File.Create(staging).Dispose();
            summary = await DeckExport.WriteAsync(staging, catalogue.Index, catalogue.Graph, request, cancel);
            File.Move(staging, output, overwrite: parse.GetValue(Force));
        }
        catch (DeckRequestException e)
        {
            reporter.Failure($"catalogue export deck: {e.Message}");
            return ExitCodes.BadUsage;
        }
        catch (DeckScriptException e)
        {
            reporter.Failure($"catalogue export deck: {e.Message}");
            return ExitCodes.Environment;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Failure($"catalogue export deck: cannot write {output} ({e.Message.TrimEnd('.')}); choose a file in a folder you can write with --out.");
            return ExitCodes.Environment;
        }
        finally
        {
            if (File.Exists(staging)) File.Delete(staging);
        }
        reporter.Success($"Wrote {output}: {Reporter.Plural(summary.Slides, "slide")}"
            + (summary.Continuations > 0 ? $" ({summary.Continuations} continued)." : "."));
        return ExitCodes.Success;
    }

    private static DeckRequest Request(ParseResult parse, SiteIndex index)
    {
        var title = parse.GetValue(Title);
        if (parse.GetValue(Workshop) is { } path)
        {
            var workshop = WorkshopFile.Read(path);
            foreach (var block in workshop.Blocks.Where(b => b.Type == DeckBlock.EntryType && index.Find(b.Id!) is null))
                throw new DeckRequestException($"{path}: no entry has the id '{block.Id}'" +
                    (Spelling.DidYouMean(block.Id!, index.Entries.Select(e => e.Id)) is { } hint ? $" ({hint})" : ""));
            return workshop with { Title = title ?? workshop.Title };
        }
        var lists = IdLists.Select(l => (l.Kind, (IReadOnlyList<string>)(parse.GetValue(l.Option) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        return new DeckRequest(title, DeckIds.Blocks(index, lists));
    }
}
