using System.Text;
using System.Text.RegularExpressions;

namespace Catalogue.Tests.Corpus;

/// <summary>
/// Breaks a valid file the ways editors, merges and attackers do: lines deleted, doubled, swapped and
/// re-indented, YAML values turned into lists and maps, anchors and aliases, stray fences and
/// indicators, random Unicode, flipped bytes, truncation. The same seed always gives the same bytes.
/// </summary>
public static partial class Mutator
{
    public sealed record Mutation(byte[] Bytes, IReadOnlyList<string> Applied);

    public static Mutation Mutate(byte[] valid, int seed)
    {
        var random = new Random(seed);
        var bytes = valid;
        var applied = new List<string>();
        for (var count = 1 + random.Next(3); count > 0; count--)
        {
            var (name, apply) = Operators[random.Next(Operators.Length)];
            bytes = apply(bytes, random);
            applied.Add(name);
        }
        return new Mutation(bytes, applied);
    }

    private static readonly string[] Indents = ["", " ", "  ", "   ", "    ", "      ", "\t", "  \t", "\t  "];

    private static readonly string[] Indicators = ["-", ":", ": ", "[", "]", "{", "}", ",", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "?", "\n", "\r", "\t", "\\", "[[", "]]", "[@", "<", "](", "#"];

    private static readonly string[] Fragments =
    [
        "---", "...", "--- # more", "%YAML 1.2", "%TAG ! tag:example.org,2000:", "title: &a Anchored", "summary: *a", "<<: *a", "? [a, b]",
        ": orphan value", "- loose item", "\t- tab item", "key: [unclosed", "key: {unclosed: x", "key: \"unclosed", "key: 'unclosed", "|", ">-",
        "!!binary aGVsbG8=", "tags: !custom [a]", "title: !!int 12", "sources: []", "sources: {}", "sources: ~", "related: [co-design, co-design]",
        "order: 99999999999999999999", "order: -1", "order: 0x10", "interpretation: True", "workshop: {duration: {min: 5, max: 1}}",
        "capabilities: [{capability: empowered}]", "practices: [{practice: co-design, activities: []}]",
        "[[", "[[co-design", "[[]]", "[[ | ]]", "[[co-design|]]", "[@", "[@, x]", "[@marcos-cuevas-2016", "<script>alert(1)</script>",
        "<!-- comment -->", "[x](javascript:alert(1))", "[x](  JAVA\tSCRIPT:alert(1))", "![x](data:text/html,x)", "<vbscript:x>",
        "[x](../practices/missing.md#nope)", "[x](../../../../etc/passwd.md)", "[x](#)", "[x]()", "## Pitfalls", "## ", "#", "```", "    indented code",
        "> quote", "| a | b |", "|---|---|", "title:", "title: ~", "title: null", "title: \"\"", "\u0000", "\uFEFF---", "&anchor", "*alias",
        "key: " + new string('[', 40), "key: " + new string('{', 20), "a: " + new string('x', 5000), "- - - - - - - - - - - - - - - - - - x",
        "k: " + string.Concat(Enumerable.Repeat("{a: ", 20)) + "x" + new string('}', 20),
    ];

    private static readonly (string Name, Func<byte[], Random, byte[]> Apply)[] Operators =
    [
        ("delete a line", Lines((lines, r) => lines.RemoveAt(r.Next(lines.Count)))),
        ("duplicate a line", Lines((lines, r) => lines.Insert(r.Next(lines.Count), lines[r.Next(lines.Count)]))),
        ("swap two lines", Lines((lines, r) =>
        {
            var (i, j) = (r.Next(lines.Count), r.Next(lines.Count));
            (lines[i], lines[j]) = (lines[j], lines[i]);
        })),
        ("change a line's indentation", Lines((lines, r) =>
        {
            var i = r.Next(lines.Count);
            lines[i] = Pick(Indents, r) + lines[i].TrimStart();
        })),
        ("insert a YAML or Markdown fragment", Lines((lines, r) => lines.Insert(r.Next(lines.Count + 1), Pick(Fragments, r)))),
        ("replace a value with a list, a map or another scalar", Lines(ReplaceValue)),
        ("add an anchor and an alias", Lines(AddAlias)),
        ("insert a YAML indicator", Text((text, r) => text.Insert(r.Next(text.Length + 1), Pick(Indicators, r)))),
        ("insert random Unicode", Text((text, r) => text.Insert(r.Next(text.Length + 1), RandomUnicode(r)))),
        ("delete a span", Text((text, r) =>
        {
            var start = r.Next(text.Length + 1);
            return text.Remove(start, Math.Min(text.Length - start, 1 + r.Next(40)));
        })),
        ("repeat a span", Text((text, r) =>
        {
            var start = r.Next(text.Length + 1);
            var span = text.Substring(start, Math.Min(text.Length - start, 1 + r.Next(200)));
            return text.Insert(r.Next(text.Length + 1), string.Concat(Enumerable.Repeat(span, 1 + r.Next(50))));
        })),
        ("flip a bit", (bytes, r) =>
        {
            if (bytes.Length == 0) return bytes;
            var flipped = (byte[])bytes.Clone();
            flipped[r.Next(flipped.Length)] ^= (byte)(1 << r.Next(8));
            return flipped;
        }),
        ("truncate", (bytes, r) => bytes[..r.Next(bytes.Length + 1)]),
    ];

    /// <summary>A "key: value" line: indentation, an optional list dash, the key, the value.</summary>
    [GeneratedRegex(@"^(\s*(?:- )?)([A-Za-z_][A-Za-z_0-9]*):[ ]+(\S.*)$")]
    private static partial Regex Field();

    private static void ReplaceValue(List<string> lines, Random random)
    {
        var fields = FieldLines(lines);
        if (fields.Count == 0) return;
        var i = Pick(fields, random);
        var match = Field().Match(lines[i]);
        var (indent, key, value) = (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
        var nested = new string(' ', indent.Length + 2);
        string[] replacements =
        [
            $"[{value}, {value}]", $"{{{key}: {value}}}", "", "~", "12345", "true", "[]", "{}", $"\"{value}", $"'{value}'",
            $"\n{nested}- {value}", $"\n{nested}{key}: {value}", $"|\n{nested}{value}", $"- {value}", $"{value}: {value}",
        ];
        lines[i] = $"{indent}{key}: {Pick(replacements, random)}";
    }

    private static void AddAlias(List<string> lines, Random random)
    {
        var fields = FieldLines(lines);
        if (fields.Count < 2)
        {
            lines.InsertRange(random.Next(lines.Count + 1), ["x: &a 1", "y: *a"]);
            return;
        }
        var (anchor, alias) = (Pick(fields, random), Pick(fields, random));
        lines[anchor] = Field().Replace(lines[anchor], "$1$2: &a $3");
        lines[alias] = Field().Replace(lines[alias], "$1$2: *a");
    }

    private static List<int> FieldLines(List<string> lines) =>
        Enumerable.Range(0, lines.Count).Where(i => Field().IsMatch(lines[i])).ToList();

    private static string RandomUnicode(Random random) => random.Next(3) switch
    {
        0 => Pick(["\u202E", "\u200B", "\u00A0", "\u0301", "\uFFFD", "\u2028", "\u2029", "\u0085", "\v", "\f", "\r\n", "\u3000", "😀", "\U0001F9EA", "ﬁ", "İ", "ß"], random),
        1 => ((char)random.Next(0x20, 0xD800)).ToString(),
        _ => char.ConvertFromUtf32(random.Next(0x10000, 0x10FFFF)),
    };

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    private static Func<byte[], Random, byte[]> Text(Func<string, Random, string> change) =>
        (bytes, random) => Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(bytes), random));

    private static Func<byte[], Random, byte[]> Lines(Action<List<string>, Random> change) => Text((text, random) =>
    {
        var lines = text.Split('\n').ToList();
        change(lines, random);
        return string.Join('\n', lines);
    });
}
