using Catalogue.Diagnostics;
using Catalogue.Model;

namespace Catalogue.Pipeline.Read.Cache;

/// <summary>
/// Writes bound front matter as bytes and reads it back. Every value of an entry was written in one file,
/// so a position is stored as its line and column and takes the file from the front matter it is read into.
/// </summary>
public static class ValueCodec
{
    private enum Tag : byte { Text, Markdown, Integer, Boolean, Reference, SourceReference, List, Object }

    public static byte[] Encode(ObjectValue fields)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes)) Write(writer, fields);
        return bytes.ToArray();
    }

    /// <param name="yaml">The front matter the value was bound from, for its file and for positions inside Markdown text.</param>
    /// <exception cref="InvalidDataException">The bytes are not a value written by <see cref="Encode"/>.</exception>
    public static ObjectValue Decode(ArraySegment<byte> encoded, SourceText yaml)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(encoded.Array!, encoded.Offset, encoded.Count, writable: false));
            var value = new Reader(reader, yaml).Read() as ObjectValue ?? throw new InvalidDataException("not a set of fields");
            if (reader.BaseStream.Position != encoded.Count) throw new InvalidDataException("bytes left over");
            return value;
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or FormatException)
        {
            // Cut short, a field named twice, or text that is not UTF-8.
            throw new InvalidDataException("not a value written by this codec", e);
        }
    }

    private static void Write(BinaryWriter writer, Value value)
    {
        switch (value)
        {
            case TextValue text:
                writer.Write((byte)(text.Span is null ? Tag.Text : Tag.Markdown));
                WriteAt(writer, text.At);
                writer.Write(text.Text);
                writer.Write(text.IsMarkdown);
                if (text.Span is { } span)
                {
                    writer.Write7BitEncodedInt(span.Start);
                    writer.Write7BitEncodedInt(span.End);
                }
                break;
            case IntegerValue integer:
                writer.Write((byte)Tag.Integer);
                WriteAt(writer, integer.At);
                writer.Write(integer.Number);
                break;
            case BooleanValue boolean:
                writer.Write((byte)Tag.Boolean);
                WriteAt(writer, boolean.At);
                writer.Write(boolean.Flag);
                break;
            case ReferenceValue reference:
                writer.Write((byte)Tag.Reference);
                WriteAt(writer, reference.At);
                writer.Write(reference.Id);
                writer.Write7BitEncodedInt(reference.Targets.Count);
                foreach (var kind in reference.Targets) writer.Write((byte)kind);
                break;
            case SourceReferenceValue source:
                writer.Write((byte)Tag.SourceReference);
                WriteAt(writer, source.At);
                writer.Write(source.Id);
                break;
            case ListValue list:
                writer.Write((byte)Tag.List);
                WriteAt(writer, list.At);
                writer.Write7BitEncodedInt(list.Items.Count);
                foreach (var item in list.Items) Write(writer, item);
                break;
            case ObjectValue obj:
                writer.Write((byte)Tag.Object);
                WriteAt(writer, obj.At);
                writer.Write7BitEncodedInt(obj.Fields.Count);
                foreach (var (name, field) in obj.Fields)
                {
                    writer.Write(name);
                    Write(writer, field);
                }
                break;
            default:
                throw new ArgumentException($"no encoding for {value.GetType().Name}", nameof(value));
        }
    }

    private static void WriteAt(BinaryWriter writer, SourceLocation at)
    {
        writer.Write7BitEncodedInt(at.Line);
        writer.Write7BitEncodedInt(at.Column);
    }

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
                    var targets = new EntryKind[Count()];
                    for (var i = 0; i < targets.Length; i++)
                        targets[i] = reader.ReadByte() is var kind && Enum.IsDefined((EntryKind)kind) ? (EntryKind)kind : throw new InvalidDataException($"no kind {kind}");
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

        private int Count() => reader.Read7BitEncodedInt() is var count and >= 0 ? count : throw new InvalidDataException("negative count");
    }
}
