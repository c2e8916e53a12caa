using Catalogue.Diagnostics;
using Catalogue.Pipeline.Read;

namespace Catalogue.Tests;

public class FrontMatterTests
{
    [Fact]
    public async Task A_valid_catalogue_has_no_diagnostics()
    {
        using var catalogue = new TestCatalogue();
        var result = await catalogue.CheckAsync();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(4, result.EntriesRead);
    }

    [Fact]
    public void Split_reports_the_file_line_where_the_body_starts()
    {
        var front = FrontMatter.Split("---\ntitle: x\nsummary: y\n---\nBody\n", "f.md", new DiagnosticBag());
        Assert.NotNull(front);
        Assert.Equal("title: x\nsummary: y\n", front.Yaml);
        Assert.Equal(5, front.BodyLine);
        Assert.Equal("Body\n", front.Body);
    }

    [Fact]
    public async Task Errors_carry_the_line_and_column_of_the_field_at_fault()
    {
        using var catalogue = new TestCatalogue();
        catalogue.Edit("cases/acme-case.md", "industry: Manufacturing", "industry: [a, b]");
        var d = await catalogue.SingleDiagnosticAsync();
        Assert.Equal(("cases/acme-case.md", 5, 11, Codes.WrongType), (TestCatalogue.Rel(d), d.Location.Line, d.Location.Column, d.Code));
        Assert.Contains("'industry' should be text, not a list", d.Message);
    }

    [Theory]
    [InlineData("No front matter here.\n", Codes.NoFrontMatter, 1)]
    [InlineData("", Codes.NoFrontMatter, 1)]
    [InlineData("---\ntitle: x\nsummary: y\n", Codes.UnclosedFrontMatter, 1)]
    [InlineData("---\ntitle: [unclosed\nsummary: y\n---\n", Codes.YamlSyntax, 2)]
    [InlineData("---\ntitle: &a x\nsummary: *a\n---\n", Codes.YamlAlias, 3)]
    [InlineData("---\ntitle: x\ntitle: y\nsummary: z\n---\n", Codes.DuplicateKey, 3)]
    // YAML notices the tab where the plain scalar on line 2 began; the report names the tab's own line.
    [InlineData("---\ntitle: x\n\tsummary: y\n---\n", Codes.YamlSyntax, 3)]
    public async Task Broken_front_matter_is_reported_at_its_line(string text, string code, int line)
    {
        using var catalogue = new TestCatalogue();
        catalogue.Write("concepts/broken.md", text.TrimEnd('\n'));
        var result = await catalogue.CheckAsync();
        var d = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((code, line, "concepts/broken.md"), (d.Code, d.Location.Line, TestCatalogue.Rel(d)));
    }

    [Fact]
    public async Task Crlf_and_a_byte_order_mark_are_accepted()
    {
        using var catalogue = new TestCatalogue();
        var path = Path.Combine(catalogue.Content, "capabilities", "empowered.md");
        var text = File.ReadAllText(path).Replace("\n", "\r\n");
        File.WriteAllText(path, "\uFEFF" + text);
        Assert.Empty((await catalogue.CheckAsync()).Diagnostics);
    }

    [Fact]
    public async Task Invalid_utf8_is_an_error_not_a_crash()
    {
        using var catalogue = new TestCatalogue();
        Directory.CreateDirectory(Path.Combine(catalogue.Content, "concepts"));
        File.WriteAllBytes(Path.Combine(catalogue.Content, "concepts", "bad.md"), [(byte)'-', (byte)'-', (byte)'-', (byte)'\n', 0xC3, 0x28]);
        var d = await catalogue.SingleDiagnosticAsync();
        Assert.Equal((Codes.NotUtf8, 2), (d.Code, d.Location.Line));
    }
}
