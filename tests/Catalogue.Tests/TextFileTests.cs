using System.Text;
using Catalogue.Diagnostics;
using Catalogue.Pipeline.Read;

namespace Catalogue.Tests;

/// <summary>Reading entry files: the text an entry is cut from, and the refusals of what is not UTF-8 text.</summary>
public sealed class TextFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("textfile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(byte[] bytes)
    {
        var path = Path.Combine(_folder, "entry.md");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("a\r\nb\rc\nd", "a\nb\nc\nd")]
    [InlineData("\uFEFFa\r\n\r\nb\r", "a\n\nb\n")]
    [InlineData("\r\r\n\r", "\n\n\n")]
    [InlineData("no breaks at all", "no breaks at all")]
    public void Every_kind_of_line_break_becomes_one_newline_and_the_byte_order_mark_goes(string written, string read)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Equal(read, TextFile.Read(Write(Encoding.UTF8.GetBytes(written)), "entry.md", diagnostics));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void Text_longer_than_a_pooled_buffer_reads_whole()
    {
        var text = string.Concat(Enumerable.Repeat("Línea con acentos, ü and 😀.\r\n", 20_000));
        Assert.Equal(text.Replace("\r\n", "\n"), TextFile.Read(Write(Encoding.UTF8.GetBytes(text)), "entry.md", new DiagnosticBag()));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'-', 0 }, "saved as UTF-16", 1)]
    [InlineData(new byte[] { (byte)'-', (byte)'\n', (byte)'a', 0, (byte)'b' }, "binary data", 2)]
    [InlineData(new byte[] { (byte)'-', (byte)'\n', (byte)'\n', 0xC3, 0x28 }, "not valid UTF-8", 3)]
    public void What_is_not_utf8_text_is_refused_at_its_line(byte[] bytes, string message, int line)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(TextFile.Read(Write(bytes), "entry.md", diagnostics));
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal((Codes.NotUtf8, line), (d.Code, d.Location.Line));
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public async Task A_field_after_lone_carriage_returns_is_reported_at_the_line_an_editor_shows()
    {
        using var catalogue = new TestCatalogue();
        catalogue.Write("concepts/broken.md", "---\rtitle: x\r\nsummary: y\rtitle: z\r---\rBody\r");
        var d = await catalogue.SingleDiagnosticAsync();
        Assert.Equal((Codes.DuplicateKey, 4), (d.Code, d.Location.Line));
    }
}
