using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Pipeline.Parse;

namespace Catalogue.Pipeline.Cache;

/// <summary>
/// Writes what reading and linking found of an entry as bytes, and reads it back: its bound front matter, and
/// the headings and link sites of its Markdown. Every value of an entry was written in one file, so a
/// position is stored as its line and column and takes the file from the front matter it is read into.
/// </summary>
internal static class CacheCodec
{
    private enum Tag : byte { Text, Markdown, Integer, Boolean, Reference, SourceReference, List, Object }

    public static byte[] Encode(ObjectValue fields) => Encode(writer => Write(writer, fields));

    public static byte[] Encode(MarkdownFindings findings) => Encode(writer =>
    {
        writer.Write7BitEncodedInt(findings.Headings.Count);
        foreach (var heading in findings.Headings)
        {
            writer.Write7BitEncodedInt(heading.Level);
            writer.Write(heading.Text);
            writer.Write(heading.Id is not null);
            if (heading.Id is not null) writer.Write(heading.Id);
            writer.Write7BitEncodedInt(heading.Offset);
            writer.Write(heading.Empty);
        }
        writer.Write7BitEncodedInt(findings.Sites.Count);
        foreach (var site in findings.Sites)
        {
            writer.Write((byte)site.Kind);
            writer.Write(site.Target);
            writer.Write7BitEncodedInt(site.Field + 1);
            writer.Write7BitEncodedInt(site.Offset);
        }
    });

    /// <param name="yaml">The front matter the value was bound from, for its file and for positions inside Markdown text.</param>
    /// <exception cref="InvalidDataException">The bytes are not front matter written by <see cref="Encode(ObjectValue)"/>.</exception>
    public static ObjectValue DecodeFields(ArraySegment<byte> encoded, SourceText yaml) =>
        Decode(encoded, reader => new Reader(reader, yaml).Read() as ObjectValue ?? throw new InvalidDataException("not a set of fields"));

    /// <exception cref="InvalidDataException">The bytes are not findings written by <see cref="Encode(MarkdownFindings)"/>.</exception>
    public static MarkdownFindings DecodeFindings(ArraySegment<byte> encoded) => Decode(encoded, reader =>
    {
        var headings = new Heading[Count(reader)];
        for (var i = 0; i < headings.Length; i++)
            headings[i] = new Heading(reader.Read7BitEncodedInt(), reader.ReadString(), reader.ReadBoolean() ? reader.ReadString() : null,
                reader.Read7BitEncodedInt(), reader.ReadBoolean());
        var sites = new LinkSite[Count(reader)];
        for (var i = 0; i < sites.Length; i++)
            sites[i] = new LinkSite(reader.ReadByte() is var kind && Enum.IsDefined((LinkSiteKind)kind) ? (LinkSiteKind)kind : throw new InvalidDataException($"no site kind {kind}"),
                reader.ReadString(), reader.Read7BitEncodedInt() - 1, reader.Read7BitEncodedInt());
        return new MarkdownFindings(headings, sites);
    });

    /// <summary>One growing buffer for each thread: a stream of its own for every record cost a first run 100 MB.</summary>
    [ThreadStatic] private static BinaryWriter? _writer;

    private static byte[] Encode(Action<BinaryWriter> write)
    {
        var writer = _writer ??= new BinaryWriter(new MemoryStream());
        var bytes = (MemoryStream)writer.BaseStream;
        bytes.SetLength(0);
        write(writer);
        writer.Flush();
        return bytes.ToArray();
    }

    private static T Decode<T>(ArraySegment<byte> encoded, Func<BinaryReader, T> read)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(encoded.Array!, encoded.Offset, encoded.Count, writable: false));
            var value = read(reader);
            if (reader.BaseStream.Position != encoded.Count) throw new InvalidDataException("bytes left over");
            return value;
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or FormatException)
        {
            // Cut short, a field named twice, or text that is not UTF-8.
            throw new InvalidDataException("not a record written by this codec", e);
        }
    }

    /// <summary>A number of items, each at least a byte long, so a damaged count cannot ask for more memory than the record holds.</summary>
    private static int Count(BinaryReader reader) =>
        reader.Read7BitEncodedInt() is var count and >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position
            ? count
            : throw new InvalidDataException("a count beyond the record's end");

    private static void Write(BinaryWriter writer, Value value)
    {
        writer.Write((byte)TagOf(value));
        writer.Write7BitEncodedInt(value.At.Line);
        writer.Write7BitEncodedInt(value.At.Column);
        switch (value)
        {
            case TextValue text:
                writer.Write(text.Text);
                writer.Write(text.IsMarkdown);
                if (text.Span is { } span)
                {
                    writer.Write7BitEncodedInt(span.Start);
                    writer.Write7BitEncodedInt(span.End);
                }
                break;
            case IntegerValue integer:
                writer.Write(integer.Number);
                break;
            case BooleanValue boolean:
                writer.Write(boolean.Flag);
                break;
            case ReferenceValue reference:
                writer.Write(reference.Id);
                writer.Write7BitEncodedInt(reference.Targets.Count);
                foreach (var type in reference.Targets) writer.Write(type);
                break;
            case SourceReferenceValue source:
                writer.Write(source.Id);
                break;
            case ListValue list:
                writer.Write7BitEncodedInt(list.Items.Count);
                foreach (var item in list.Items) Write(writer, item);
                break;
            case ObjectValue obj:
                writer.Write7BitEncodedInt(obj.Fields.Count);
                foreach (var (name, field) in obj.Fields)
                {
                    writer.Write(name);
                    Write(writer, field);
                }
                break;
        }
    }

    private static Tag TagOf(Value value) => value switch
    {
        TextValue { Span: null } => Tag.Text,
        TextValue => Tag.Markdown,
        IntegerValue => Tag.Integer,
        BooleanValue => Tag.Boolean,
        ReferenceValue => Tag.Reference,
        SourceReferenceValue => Tag.SourceReference,
        ListValue => Tag.List,
        ObjectValue => Tag.Object,
        _ => throw new ArgumentException($"no encoding for {value.GetType().Name}", nameof(value)),
    };

    private sealed class Reader(BinaryReader reader, SourceText yaml)
    {
        public Value Read()
        {
            var tag = (Tag)reader.ReadByte();
            var at = new SourceLocation(yaml.File, reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
            switch (tag)
            {
                case Tag.Text:
                    return new TextValue(reader.ReadString(), reader.ReadBoolean(), at);
                case Tag.Markdown:
                    return new TextValue(reader.ReadString(), reader.ReadBoolean(), at)
                    {
                        Span = new ScalarSpan(yaml, reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt()),
                    };
                case Tag.Integer:
                    return new IntegerValue(reader.ReadInt32(), at);
                case Tag.Boolean:
                    return new BooleanValue(reader.ReadBoolean(), at);
                case Tag.Reference:
                    var id = reader.ReadString();
                    var targets = new string[Count()];
                    for (var i = 0; i < targets.Length; i++) targets[i] = reader.ReadString();
                    return new ReferenceValue(id, targets, at);
                case Tag.SourceReference:
                    return new SourceReferenceValue(reader.ReadString(), at);
                case Tag.List:
                    var items = new Value[Count()];
                    for (var i = 0; i < items.Length; i++) items[i] = Read();
                    return new ListValue(items, at);
                case Tag.Object:
                    var count = Count();
                    var fields = new Dictionary<string, Value>(count, StringComparer.Ordinal);
                    for (var i = 0; i < count; i++) fields.Add(reader.ReadString(), Read());
                    return new ObjectValue(fields, at);
                default:
                    throw new InvalidDataException($"no value tagged {(byte)tag}");
            }
        }

        private int Count() => CacheCodec.Count(reader);
    }
}
