using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Catalogue.Diagnostics;
using Catalogue.Model;
using YamlDotNet.Core;

namespace Catalogue.Pipeline.Read.Cache;

/// <summary>
/// Front matter bound by an earlier run, so that a repeated `check` or `build` parses only the YAML that
/// changed: YAML is most of a check's work (docs/performance.md). A record is found by a hash of the
/// file's path and its front matter's text, and the whole file belongs to one build of the generator and
/// its YAML parser, so a changed schema or parser never answers from an older run. Only front matter that
/// bound without a single diagnostic is kept, so a record found has nothing to report.
/// </summary>
/// <remarks>
/// Losing the file costs only time: one that is missing, unreadable, of another build or damaged (its
/// records carry a checksum) is taken as empty, and it is replaced whole, written beside it and then
/// moved over it.
/// </remarks>
public sealed class FrontMatterCache
{
    private const int Magic = 0x4D464341; // "ACFM"

    /// <summary>The generator and YAML parser this build was made of; records of any other build are stale.</summary>
    private static readonly Guid Build = BuildId();

    private readonly string _file;
    private readonly IReadOnlyDictionary<UInt128, ArraySegment<byte>> _stored;
    private readonly ConcurrentDictionary<UInt128, ArraySegment<byte>> _used = new();
    private volatile bool _added;
    private int _hits;

    private FrontMatterCache(string file, IReadOnlyDictionary<UInt128, ArraySegment<byte>> stored) => (_file, _stored) = (file, stored);

    public string File => _file;

    /// <summary>Records found by <see cref="Find"/> in this run.</summary>
    public int Hits => _hits;

    /// <summary>Opens the cache kept in <paramref name="file"/>, or an empty one.</summary>
    public static FrontMatterCache Open(string file) => new(file, Load(file));

    /// <summary>
    /// Where a cache for the content folder at <paramref name="contentRoot"/> is kept by default: under the
    /// user's cache folder ($XDG_CACHE_HOME, else ~/.cache), one file for each content folder.
    /// </summary>
    public static string DefaultFile(string contentRoot)
    {
        var home = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        var folder = XxHash128.HashToUInt128(MemoryMarshal.AsBytes(Path.GetFullPath(contentRoot).AsSpan()));
        return Path.Combine(home, "catalogue", $"front-matter-{folder:x32}.bin");
    }

    public static UInt128 KeyOf(SourceText yaml)
    {
        var hash = new XxHash128();
        hash.Append(MemoryMarshal.AsBytes(yaml.File.AsSpan()));
        hash.Append([0, 0]);
        hash.Append(MemoryMarshal.AsBytes(yaml.Text.AsSpan()));
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The fields bound from <paramref name="yaml"/> in an earlier run, or null.</summary>
    public ObjectValue? Find(UInt128 key, SourceText yaml)
    {
        if (!_stored.TryGetValue(key, out var record)) return null;
        ObjectValue fields;
        try
        {
            fields = ValueCodec.Decode(record, yaml);
        }
        catch (InvalidDataException)
        {
            return null; // damaged: bound again, and kept anew
        }
        _used[key] = record;
        Interlocked.Increment(ref _hits);
        return fields;
    }

    /// <summary>Keeps fields that bound from <paramref name="yaml"/> without a diagnostic.</summary>
    public void Keep(UInt128 key, ObjectValue fields)
    {
        _used[key] = ValueCodec.Encode(fields);
        _added = true;
    }

    /// <summary>
    /// Writes the records used or added in this run, dropping those of files that changed or went; writes
    /// nothing when every record was found and none is left over. A cache that cannot be written is only slower.
    /// </summary>
    public void Save()
    {
        if (!_added && _used.Count == _stored.Count) return;
        var temporary = $"{_file}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            using var records = new MemoryStream();
            using (var writer = new BinaryWriter(records, System.Text.Encoding.UTF8, leaveOpen: true))
                foreach (var (key, record) in _used)
                {
                    writer.Write((ulong)(key >> 64));
                    writer.Write((ulong)key);
                    writer.Write(record.Count);
                    writer.Write(record);
                }
            var body = records.GetBuffer().AsSpan(0, (int)records.Length);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var writer = new BinaryWriter(stream))
            {
                writer.Write(Magic);
                writer.Write(Build.ToByteArray());
                writer.Write(_used.Count);
                writer.Write(XxHash3.HashToUInt64(body));
                writer.Write(body);
            }
            System.IO.File.Move(temporary, _file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { System.IO.File.Delete(temporary); }
            catch (Exception left) when (left is IOException or UnauthorizedAccessException) { }
        }
    }

    private static readonly Dictionary<UInt128, ArraySegment<byte>> None = [];

    private static IReadOnlyDictionary<UInt128, ArraySegment<byte>> Load(string file)
    {
        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return None;
        }
        var span = bytes.AsSpan();
        const int header = 4 + 16 + 4 + 8;
        if (span.Length < header || BinaryPrimitives.ReadInt32LittleEndian(span) != Magic || new Guid(span[4..20]) != Build
            || BinaryPrimitives.ReadUInt64LittleEndian(span[24..]) != XxHash3.HashToUInt64(span[header..]))
            return None;
        var count = BinaryPrimitives.ReadInt32LittleEndian(span[20..]);
        var records = new Dictionary<UInt128, ArraySegment<byte>>(Math.Clamp(count, 0, bytes.Length / 20));
        var at = header;
        for (var i = 0; i < count; i++)
        {
            if (bytes.Length - at < 20) return None;
            var key = new UInt128(BinaryPrimitives.ReadUInt64LittleEndian(span[at..]), BinaryPrimitives.ReadUInt64LittleEndian(span[(at + 8)..]));
            var length = BinaryPrimitives.ReadInt32LittleEndian(span[(at + 16)..]);
            at += 20;
            if (length < 0 || length > bytes.Length - at) return None;
            records[key] = new ArraySegment<byte>(bytes, at, length);
            at += length;
        }
        return at == bytes.Length ? records : None;
    }

    private static Guid BuildId()
    {
        Span<byte> ids = stackalloc byte[32];
        typeof(FrontMatterCache).Assembly.ManifestModule.ModuleVersionId.TryWriteBytes(ids);
        typeof(IParser).Assembly.ManifestModule.ModuleVersionId.TryWriteBytes(ids[16..]);
        return new Guid(XxHash128.Hash(ids));
    }
}
