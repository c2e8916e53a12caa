using Catalogue.Diagnostics;

namespace Catalogue.Tests;

public class ValidationTests
{
    [Fact]
    public async Task Missing_required_field()
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "organization: Acme\n", "");
        var d = await c.SingleDiagnosticAsync();
        Assert.Equal(Codes.MissingField, d.Code);
        Assert.Contains("missing required field 'organization'", d.Message);
    }

    [Fact]
    public async Task Unknown_field_is_a_warning_with_a_suggestion()
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "industry:", "industy:");
        var result = await c.CheckAsync();
        var warning = Assert.Single(result.Diagnostics, d => d.Code == Codes.UnknownField);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("did you mean 'industry'?", warning.Hint);
    }

    [Fact]
    public async Task Summary_longer_than_200_characters()
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "summary: A supplier", "summary: " + new string('x', 200) + " A supplier");
        Assert.Equal(Codes.SummaryTooLong, (await c.SingleDiagnosticAsync()).Code);
    }

    [Fact]
    public async Task Enum_values_are_checked_with_a_suggestion()
    {
        using var c = new TestCatalogue();
        c.Edit("practices/co-design.md", "difficulty: moderate", "difficulty: moderat");
        var d = await c.SingleDiagnosticAsync();
        Assert.Equal((Codes.InvalidValue, "did you mean 'moderate'?"), (d.Code, d.Hint));
    }

    [Fact]
    public async Task Range_min_above_max()
    {
        using var c = new TestCatalogue();
        c.Edit("practices/co-design.md", "{min: 60, max: 90}", "{min: 90, max: 60}");
        Assert.Equal(Codes.InvalidValue, (await c.SingleDiagnosticAsync()).Code);
    }

    [Theory]
    [InlineData("Upper-Case")]
    [InlineData("has.dot")]
    [InlineData("caf\u00e9")]
    public async Task Ids_must_be_lower_case_ascii_kebab_case(string id)
    {
        using var c = new TestCatalogue();
        c.Write($"concepts/{id}.md", "---\ntitle: T\nsummary: S.\nsources: [marcos-cuevas-2016]\n---\nSee [[co-design]].");
        var result = await c.CheckAsync();
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.InvalidId && d.IsError);
    }

    [Fact]
    public async Task The_same_id_in_two_folders()
    {
        using var c = new TestCatalogue();
        c.Write("concepts/co-design.md", "---\ntitle: T\nsummary: S.\nsources: [marcos-cuevas-2016]\n---\nText.");
        var d = Assert.Single((await c.CheckAsync()).Diagnostics, d => d.Code == Codes.DuplicateId);
        Assert.Equal("practices/co-design.md", TestCatalogue.Rel(d));
    }

    [Fact]
    public async Task A_practice_needs_its_five_sections()
    {
        using var c = new TestCatalogue();
        c.Edit("practices/co-design.md", "## Pitfalls\nToken involvement.", "");
        var d = await c.SingleDiagnosticAsync();
        Assert.Equal(Codes.MissingSection, d.Code);
        Assert.Contains("'## Pitfalls'", d.Message);
    }

    [Fact]
    public async Task All_errors_are_reported_in_one_run_sorted_by_file_and_line()
    {
        using var c = new TestCatalogue();
        c.Edit("cases/acme-case.md", "practice: co-design", "practice: co-desing");
        c.Edit("cases/acme-case.md", "capability: empowered", "capability: empowerd");
        c.Edit("practices/co-design.md", "dimension: materializing", "dimension: materialising");
        var errors = (await c.CheckAsync()).Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Equal(["cases/acme-case.md", "cases/acme-case.md", "practices/co-design.md"], errors.Select(TestCatalogue.Rel));
        Assert.True(errors[0].Location.Line < errors[1].Location.Line);
    }
}
