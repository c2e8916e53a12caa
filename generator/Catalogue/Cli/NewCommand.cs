using System.CommandLine;
using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Reporting;
using Catalogue.Scaffold;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Cli;

/// <summary>`catalogue new &lt;type&gt; "Title"` and `catalogue new source`: start content without writing YAML from memory.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        // A word that is no type lands in this hidden argument, so the action can name the types
        // instead of the parser's generic "unrecognized command".
        var unknown = new Argument<string[]>("type") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };
        var command = new Command("new", "Start a new entry from its template, or add a source to sources.yaml.") { unknown };
        foreach (var kind in EntryScaffolder.Types(EntryTypes.Standard)) command.Subcommands.Add(Entry(kind));
        command.Subcommands.Add(Source());
        command.SetAction(parse => Run(parse, _ => throw new ScaffoldException(UnknownType(parse.GetValue(unknown)?.FirstOrDefault()), isUsageError: true)));
        return command;
    }

    private static string UnknownType(string? typed)
    {
        var types = EntryScaffolder.Types(EntryTypes.Standard).Select(k => k.Name).Append("source").ToList();
        var choose = $"choose {string.Join(", ", types.SkipLast(1))} or {types[^1]}, e.g. catalogue new case \"Rolls-Royce TotalCare\"";
        if (typed is null) return "catalogue new: say what to create: " + choose;
        var suggestion = Spelling.DidYouMean(typed, types) is { } hint ? $" ({hint})" : "";
        return $"catalogue new: unknown type '{typed}'{suggestion}; {choose}";
    }

    private static Command Entry(EntryType kind)
    {
        var title = new Argument<string>("title") { Description = $"The {kind.Name}'s title; the id is made from it." };
        var id = new Option<string?>("--id") { Description = $"The id (and file name) to use instead of one made from the title; {Ids.Rule}." };
        var command = new Command(kind.Name, $"Write content/{kind.Folder}/<id>.md from the template of a {kind.Name}: {kind.Description}")
        {
            title, BuildCommand.Content, id,
        };
        command.SetAction(parse => Run(parse, reporter =>
        {
            var entry = EntryScaffolder.Create(parse.GetValue(BuildCommand.Content)!, kind, parse.GetValue(title)!, parse.GetValue(id));
            var schema = kind;
            // Short lines: the console wraps at 80 columns when output is redirected.
            reporter.Success($"Created {entry.Display}");
            reporter.Line("Next, fill in: " + string.Join(", ", schema.Fields.Where(f => f.Required && f.Name != "title").Select(f => f.Name)));
            reporter.Line(schema.RequiredSections.Count > 0 ? "and replace the line in italics under each heading." : "and replace the line in italics with the entry's text.");
            reporter.Line("Then run 'catalogue check' until it reports no errors.");
        }));
        return command;
    }

    private static Command Source()
    {
        var options = ContentSchema.Source.Fields.Select(field => (field.Name, Option: SourceOption(field))).ToList();
        var command = new Command("source", "Add a source to the end of content/sources.yaml; the text already there is left as it is.")
        {
            BuildCommand.Content,
        };
        foreach (var (_, option) in options) command.Options.Add(option);
        command.SetAction(parse => Run(parse, reporter =>
        {
            // The values as typed; the appender checks them with the same reader as `check`.
            var values = options.ToDictionary(o => o.Name,
                o => (IReadOnlyList<string>)(parse.GetResult(o.Option)?.Tokens.Select(t => t.Value).ToList() ?? []));
            var source = SourceAppender.Append(parse.GetValue(BuildCommand.Content)!, new SourceDraft(values));
            reporter.Success($"Added the source '{source.Id}' to {source.Display}:{source.Line}");
            reporter.Line($"Cite it as [@{source.Id}, Table 2] (with the table, figure or section).");
        }));
        return command;
    }

    /// <summary>One option per field of a source, named and explained by the schema: a list field is a repeatable option.</summary>
    private static Option SourceOption(FieldSpec field)
    {
        var description = FieldHelp.For(field);
        if (field.Type is ListType)
            return new Option<string[]>("--" + field.Name.TrimEnd('s'))
            {
                Description = description + " Repeat the option for each, in order.",
                AllowMultipleArgumentsPerToken = false,
                Required = field.Required,
            };
        var option = new Option<string>("--" + field.Name.Replace('_', '-'))
        {
            Description = field.Name == "id" ? description + " Made for you when left out." : description,
            Required = field.Required && field.Name != "id",
        };
        if (field.Type is EnumType choice) option.AcceptOnlyFromAmong([.. choice.Values]);
        return option;
    }

    /// <summary>Runs a step, turning a refusal into its one-line message and exit code.</summary>
    private static int Run(ParseResult parse, Action<Reporter> step)
    {
        var reporter = Reporter.For(parse);
        try
        {
            step(reporter);
            return ExitCodes.Success;
        }
        catch (ScaffoldException e)
        {
            reporter.Failure(e.Message);
            return e.IsUsageError ? ExitCodes.BadUsage : ExitCodes.ContentErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder or file the user may not write is the machine's, not the content's: nothing was written.
            reporter.Failure($"catalogue new: cannot write the new file ({e.Message.TrimEnd('.')}); make the content folder writable, or choose one you can write with --content.");
            return ExitCodes.Environment;
        }
    }
}
