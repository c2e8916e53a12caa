using System.Text;

namespace Catalogue.Benchmarks.Synthetic;

/// <summary>
/// Writes block-style YAML in the layout of the real entries. Free text is always double-quoted, so no
/// generated word or citation can be mistaken for YAML syntax; ids, numbers and booleans stay plain.
/// Lines end in '\n' on every platform, so the output is byte-identical everywhere.
/// </summary>
internal sealed class YamlBlock
{
    private readonly StringBuilder _text = new();
    private string _indent = "";
    private bool _itemStarts;

    public YamlBlock Comment(string text) => Line("# " + text);

    public YamlBlock Plain(string key, string value) => Line($"{key}: {value}");

    public YamlBlock Plain(string key, int value) => Plain(key, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public YamlBlock Plain(string key, bool value) => Plain(key, value ? "true" : "false");

    public YamlBlock Text(string key, string value) => Line($"{key}: {Quote(value)}");

    /// <summary>A one-line list of ids or tags: <c>related: [a, b]</c>.</summary>
    public YamlBlock Flow(string key, IEnumerable<string> items) => Line($"{key}: [{string.Join(", ", items)}]");

    /// <summary>A one-line list of quoted texts: <c>aka: ["a b", "c"]</c>.</summary>
    public YamlBlock FlowTexts(string key, IEnumerable<string> items) => Flow(key, items.Select(Quote));

    /// <summary>A list of quoted texts, one per line.</summary>
    public YamlBlock Texts(string key, IEnumerable<string> items)
    {
        Line(key + ":");
        foreach (var item in items) _text.Append(_indent).Append("  - ").Append(Quote(item)).Append('\n');
        return this;
    }

    public YamlBlock Object(string key, Action<YamlBlock> fields)
    {
        Line(key + ":");
        return Indented(() => fields(this));
    }

    public YamlBlock Items<T>(string key, IEnumerable<T> items, Action<YamlBlock, T> fields)
    {
        Line(key + ":");
        return Indented(() =>
        {
            foreach (var item in items) Item(block => fields(block, item));
        });
    }

    /// <summary>One item of a list of mappings: its first field follows the "- ".</summary>
    public YamlBlock Item(Action<YamlBlock> fields)
    {
        _itemStarts = true;
        return Indented(() => fields(this));
    }

    public override string ToString() => _text.ToString();

    private YamlBlock Indented(Action write)
    {
        _indent += "  ";
        write();
        _indent = _indent[..^2];
        return this;
    }

    private YamlBlock Line(string line)
    {
        _text.Append(_itemStarts ? _indent[..^2] + "- " : _indent).Append(line).Append('\n');
        _itemStarts = false;
        return this;
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
