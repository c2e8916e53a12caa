using System.CommandLine;
using System.Security.Cryptography;
using Catalogue.Cli;
using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Model.Schema;
using Catalogue.Pipeline;
using Catalogue.Pipeline.Find;
using Catalogue.Pipeline.Read;
using Catalogue.Scaffold;
using Catalogue.Model.Types;
using Catalogue.Model.Types.Standard;

namespace Catalogue.Tests;

/// <summary>`catalogue new &lt;type&gt; "Title"`.</summary>
public class NewEntryTests
{
    [Fact]
    public void A_new_case_gets_its_id_from_the_title_and_points_editors_at_its_schema()
    {
        using var copy = new RealContentCopy();
        var entry = EntryScaffolder.Create(copy.Content, EntryTypes.Case, "Brønnøysund Register Centre");

        Assert.Equal("bronnoysund-register-centre", entry.Id);
        Assert.Equal(Path.Combine(copy.Content, "cases", "bronnoysund-register-centre.md"), entry.FullPath);
        var lines = File.ReadAllLines(entry.FullPath);
        Assert.Equal("---", lines[0]);
        Assert.Equal("# yaml-language-server: $schema=https://co-creation-catalogue.netlify.app/schema/case.schema.json", lines[1]);

        var file = new ContentFile(entry.FullPath, "cases/bronnoysund-register-centre.md", entry.Display, EntryTypes.Case);
        var read = EntryReader.Read(file, new DiagnosticBag());
        Assert.Equal("Brønnøysund Register Centre", read?.Title);
    }

    /// <summary>Kinds by name: xunit calls only public test methods, and EntryType is internal to the generator.</summary>
    public static TheoryData<string> Kinds => [.. EntryScaffolder.Types(EntryTypes.Standard).Select(k => k.Name)];

    /// <summary>A fresh template must not pass as content: check names each required field still empty and each placeholder line left, and nothing else.</summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_fresh_template_fails_check_only_with_the_fields_and_lines_to_fill_in(string kindName)
    {
        var kind = EntryTypes.Standard.Named(kindName)!;
        using var copy = new RealContentCopy();
        var entry = EntryScaffolder.Create(copy.Content, kind, "A new entry");
        var result = await new SiteBuilder(new BuildOptions(copy.Content, Path.Combine(copy.Root, "_site"), null)).BuildAsync(write: false);

        Assert.All(result.Diagnostics, d => Assert.EndsWith($"{kind.Folder}/{entry.Id}.md", d.Location.File));
        var errors = result.Diagnostics.Where(d => d.IsError).ToLookup(d => d.Code == Codes.TemplatePlaceholder);
        Assert.All(errors[false], d => Assert.Equal(Codes.EmptyValue, d.Code));
        Assert.Equal(FieldsToFill(kind).Order(), errors[false].Select(d => d.Message.Split('\'')[1]).Order());
        var placeholderLines = File.ReadAllLines(entry.FullPath).Index().Where(l => l.Item == EntryTemplate.Placeholder).Select(l => l.Index + 1);
        Assert.Equal(placeholderLines, errors[true].Select(d => d.Location.Line).Order());
        // Types that no menu lists are reported until another entry links to them.
        Assert.All(result.Diagnostics.Where(d => !d.IsError), d => Assert.Equal(Codes.Orphan, d.Code));
    }

    /// <summary>Filling in the placeholders, and changing nothing else, gives an entry that check accepts.</summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_template_with_its_placeholders_filled_in_passes_check(string kindName)
    {
        var kind = EntryTypes.Standard.Named(kindName)!;
        using var copy = new RealContentCopy();
        var entry = EntryScaffolder.Create(copy.Content, kind, "A new entry");
        File.WriteAllLines(entry.FullPath, PlaceholderFiller.Fill(File.ReadAllLines(entry.FullPath), kind, copy.Content));

        var result = await new SiteBuilder(new BuildOptions(copy.Content, Path.Combine(copy.Root, "_site"), null)).BuildAsync(write: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // Only the note that nothing links to the new entry yet, for types no menu lists.
        Assert.All(result.Diagnostics, d => Assert.Equal(Codes.Orphan, d.Code));
    }

    [Fact]
    public void A_taken_id_gets_the_next_free_number_whatever_the_type_that_holds_it()
    {
        using var catalogue = new TestCatalogue();
        Assert.Equal("acme-case-2", EntryScaffolder.Create(catalogue.Content, EntryTypes.Case, "Acme case").Id);
        Assert.Equal("acme-case-3", EntryScaffolder.Create(catalogue.Content, EntryTypes.Case, "Acme case").Id);
        Assert.Equal("co-design-2", EntryScaffolder.Create(catalogue.Content, EntryTypes.Concept, "Co-design").Id);
    }

    [Theory]
    [InlineData("Brønnøysund Register Centre", "bronnoysund-register-centre")]
    [InlineData("Solli-Sæther & Flak", "solli-saether-flak")]
    [InlineData("Ålesund Straße", "alesund-strasse")]
    [InlineData("Œuvre — Łódź, Đakovo", "oeuvre-lodz-dakovo")]
    [InlineData("Rolls-Royce TotalCare", "rolls-royce-totalcare")]
    [InlineData("Cafe\u0301 Ørsted", "cafe-orsted")]
    [InlineData("日本", "")]
    public void Ids_fold_diacritics_into_ascii(string title, string id) => Assert.Equal(id, Ids.FromTitle(title));

    [Fact]
    public async Task An_existing_file_is_never_overwritten()
    {
        using var catalogue = new TestCatalogue();
        var path = Path.Combine(catalogue.Content, "cases", "acme-case.md");
        var before = SHA256.HashData(File.ReadAllBytes(path));

        Assert.Equal(ExitCodes.ContentErrors, await Run("new", "case", "Acme", "--id", "acme-case", "--content", catalogue.Content));
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(path)));
        var refusal = Assert.Throws<ScaffoldException>(() => EntryScaffolder.Create(catalogue.Content, EntryTypes.Concept, "Acme", "acme-case"));
        Assert.Contains("cases/acme-case.md already uses the id 'acme-case'", refusal.Message);
    }

    [Theory]
    [InlineData(ExitCodes.BadUsage, "new", "casee", "Acme")]
    [InlineData(ExitCodes.BadUsage, "new", "case", "Acme", "--id", "Acme_Case", "--content", "{content}")]
    [InlineData(ExitCodes.BadUsage, "new", "case", "日本", "--content", "{content}")]
    [InlineData(ExitCodes.ContentErrors, "new", "case", "Acme", "--content", "{content}/missing")]
    public async Task Mistakes_exit_with_their_code_and_write_nothing(int exitCode, params string[] args)
    {
        using var catalogue = new TestCatalogue();
        var before = Directory.GetFiles(catalogue.Root, "*", SearchOption.AllDirectories).Length;
        Assert.Equal(exitCode, await Run([.. args.Select(a => a.Replace("{content}", catalogue.Content))]));
        Assert.Equal(before, Directory.GetFiles(catalogue.Root, "*", SearchOption.AllDirectories).Length);
    }

    /// <summary>What check should name: each required field left empty, or, for a list of sets of fields, the required fields of its example item.</summary>
    private static IEnumerable<string> FieldsToFill(EntryType schema) => Required(schema.Fields.Where(f => f.Name != "title"));

    /// <summary>The required fields a template leaves empty: a set of fields, or a list of them, is filled field by field.</summary>
    private static IEnumerable<string> Required(IEnumerable<FieldSpec> fields) => fields.Where(f => f.Required).SelectMany(f => f.Type switch
    {
        ObjectType o => Required(o.Fields),
        ListType { Item: ObjectType item } => Required(item.Fields),
        _ => [f.Name],
    });

    private static Task<int> Run(params string[] args) => new RootCommand { NewCommand.Create() }.Parse(args).InvokeAsync();
}
