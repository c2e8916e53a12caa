using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Pipeline.Parse;
using YamlDotNet.Core;

namespace Catalogue.Pipeline.Cache;

/// <summary>
/// What earlier runs found in each entry file, so that a repeated `check` parses only what changed: the bound
/// front matter (YAML is most of a check's work, docs/performance.md), and the headings and link sites of the
/// Markdown. Front matter is found by a hash of the file's path and its front matter's text, and Markdown by
/// a hash of the path and the whole file, and the cache belongs to one build of the generator and its
/// parsers, so a changed schema or parser never answers from an older run. Only front matter that bound
/// without a single diagnostic is kept, so front matter found has nothing to report; link sites are checked
/// again on every run, since what they point at may have changed.
/// </summary>
/// <remarks>
/// Losing the file costs only time: one that is missing, unreadable, of another build or damaged (its
/// records carry a checksum) is taken as empty, and it is replaced whole, written beside it and then
/// moved over it.
/// </remarks>
internal sealed class EntryCache
{
    private const int Magic = 0x4D464341; // "ACFM"

    /// <summary>The magic number, the build, the number of records and their checksum.</summary>
    private const int Header = 4 + 16 + 4 + 8;

    /// <summary>What comes before each record: its key and its length.</summary>
    private const int Lead = 16 + 4;

    /// <summary>The generator and parsers this build was made of; records of any other build are stale.</summary>
    private static readonly Guid Build = BuildId();

    private readonly string _file;
    private readonly IReadOnlyDictionary<UInt128, ArraySegment<byte>> _stored;
    private readonly ConcurrentDictionary<UInt128, ArraySegment<byte>> _used = new();
    private readonly ConcurrentDictionary<UInt128, bool> _undecodable = new();
    private volatile bool _added;
    private int _fieldsFound;
    private int _markdownFound;

    private EntryCache(string file, IReadOnlyDictionary<UInt128, ArraySegment<byte>> stored) => (_file, _stored) = (file, stored);

    /// <summary>Entries whose front matter was found in this run.</summary>
    public int FieldsFound => _fieldsFound;

    /// <summary>Entries whose headings and link sites were found in this run.</summary>
    public int MarkdownFound => _markdownFound;

    /// <summary>Opens the cache kept in <paramref name="file"/>, or an empty one.</summary>
    public static EntryCache Open(string file) => new(file, Load(file));

    /// <summary>
    /// Where a cache for the content folder at <paramref name="contentRoot"/> is kept by default: under the
    /// user's cache folder ($XDG_CACHE_HOME, else ~/.cache), one file for each content folder. Null when
    /// the user has no home folder to keep it in.
    /// </summary>
    public static string? DefaultFile(string contentRoot)
    {
        var home = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } user ? Path.Combine(user, ".cache")
            : null;
        if (home is null || !Path.IsPathFullyQualified(home)) return null;
        var folder = XxHash128.HashToUInt128(MemoryMarshal.AsBytes(Path.GetFullPath(contentRoot).AsSpan()));
        return Path.Combine(home, "catalogue", $"entries-{folder:x32}.bin");
    }

    public static UInt128 FieldsKeyOf(SourceText yaml) => KeyOf(1, yaml.File, yaml.Text, "");

    public static UInt128 MarkdownKeyOf(Entry entry) => KeyOf(2, entry.File, entry.FrontMatter, entry.Body);

    /// <param name="kind">Keeps the two kinds of record apart, though they hash some of the same text.</param>
    private static UInt128 KeyOf(byte kind, string file, string frontMatter, string body)
    {
        var hash = new XxHash128();
        Span<byte> length = stackalloc byte[4];
        hash.Append([kind]);
        // A span, not an array: keys are made for every entry read and linked.
        foreach (var part in (ReadOnlySpan<string>)[file, frontMatter, body])
        {
            BinaryPrimitives.WriteInt32LittleEndian(length, part.Length);
            hash.Append(length);
            hash.Append(MemoryMarshal.AsBytes(part.AsSpan()));
        }
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The fields bound from <paramref name="yaml"/> in an earlier run, or null.</summary>
    public ObjectValue? FindFields(UInt128 key, SourceText yaml) =>
        Find(key, record => CacheCodec.DecodeFields(record, yaml), ref _fieldsFound);

    /// <summary>Keeps fields that bound from <paramref name="yaml"/> without a diagnostic.</summary>
    public void KeepFields(UInt128 key, ObjectValue fields) => Keep(key, () => CacheCodec.Encode(fields));

    /// <summary>The headings and link sites found in the entry's Markdown in an earlier run, or null.</summary>
    public MarkdownFindings? FindMarkdown(UInt128 key) => Find(key, CacheCodec.DecodeFindings, ref _markdownFound);

    public void KeepMarkdown(UInt128 key, MarkdownFindings findings) => Keep(key, () => CacheCodec.Encode(findings));

    private T? Find<T>(UInt128 key, Func<ArraySegment<byte>, T> decode, ref int found) where T : class
    {
        if (!_stored.TryGetValue(key, out var record)) return null;
        T value;
        try
        {
            value = decode(record);
        }
        catch (InvalidDataException)
        {
            _undecodable[key] = true; // found again by parsing, and kept anew
            return null;
        }
        _used[key] = record;
        Interlocked.Increment(ref found);
        return value;
    }

    /// <summary>A key names everything its record is made from, so a sound record stored under it already says the same.</summary>
    private void Keep(UInt128 key, Func<byte[]> encode)
    {
        if (_stored.TryGetValue(key, out var stored) && !_undecodable.ContainsKey(key)) _used[key] = stored;
        else
        {
            _used[key] = encode();
            _added = true;
        }
    }

    /// <summary>
    /// Writes the records used or added in this run, dropping those of files that changed or went; writes
    /// nothing when every record was found and none is left over. A cache that cannot be written is only slower.
    /// </summary>
    /// <returns>Whether the file was written.</returns>
    public bool Save()
    {
        if (!_added && _used.Count == _stored.Count) return false;
        var temporary = $"{_file}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                var checksum = new XxHash3();
                Span<byte> header = stackalloc byte[Header];
                stream.Write(header); // written once the checksum is known
                Span<byte> lead = stackalloc byte[Lead];
                foreach (var (key, record) in _used)
                {
                    BinaryPrimitives.WriteUInt64LittleEndian(lead, (ulong)(key >> 64));
                    BinaryPrimitives.WriteUInt64LittleEndian(lead[8..], (ulong)key);
                    BinaryPrimitives.WriteInt32LittleEndian(lead[16..], record.Count);
                    checksum.Append(lead);
                    checksum.Append(record);
                    stream.Write(lead);
                    stream.Write(record);
                }
                BinaryPrimitives.WriteInt32LittleEndian(header, Magic);
                Build.TryWriteBytes(header[4..20]);
                BinaryPrimitives.WriteInt32LittleEndian(header[20..], _used.Count);
                BinaryPrimitives.WriteUInt64LittleEndian(header[24..], checksum.GetCurrentHashAsUInt64());
                stream.Position = 0;
                stream.Write(header);
            }
            File.Move(temporary, _file, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temporary); }
            catch (Exception left) when (left is IOException or UnauthorizedAccessException) { }
            return false;
        }
    }

    private static readonly Dictionary<UInt128, ArraySegment<byte>> None = [];

    private static IReadOnlyDictionary<UInt128, ArraySegment<byte>> Load(string file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return None;
        }
        var span = bytes.AsSpan();
        const int header = Header;
        if (span.Length < header || BinaryPrimitives.ReadInt32LittleEndian(span) != Magic || new Guid(span[4..20]) != Build
            || BinaryPrimitives.ReadUInt64LittleEndian(span[24..]) != XxHash3.HashToUInt64(span[header..]))
            return None;
        var count = BinaryPrimitives.ReadInt32LittleEndian(span[20..]);
        var records = new Dictionary<UInt128, ArraySegment<byte>>(Math.Clamp(count, 0, bytes.Length / Lead));
        var at = header;
        for (var i = 0; i < count; i++)
        {
            if (bytes.Length - at < Lead) return None;
            var key = new UInt128(BinaryPrimitives.ReadUInt64LittleEndian(span[at..]), BinaryPrimitives.ReadUInt64LittleEndian(span[(at + 8)..]));
            var length = BinaryPrimitives.ReadInt32LittleEndian(span[(at + 16)..]);
            at += Lead;
            if (length < 0 || length > bytes.Length - at) return None;
            records[key] = new ArraySegment<byte>(bytes, at, length);
            at += length;
        }
        return at == bytes.Length ? records : None;
    }

    private static Guid BuildId()
    {
        var hash = new XxHash128();
        foreach (var assembly in new[] { typeof(EntryCache).Assembly, typeof(IParser).Assembly, typeof(Markdig.Markdown).Assembly })
            hash.Append(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        return new Guid(hash.GetCurrentHash());
    }
}
