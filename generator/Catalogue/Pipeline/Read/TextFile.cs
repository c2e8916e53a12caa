using System.Buffers;
using System.Text;
using Catalogue.Diagnostics;

namespace Catalogue.Pipeline.Read;

/// <summary>Reads a content file as text, refusing what is not plain UTF-8 instead of guessing.</summary>
internal static class TextFile
{
    /// <summary>No real entry comes near this; a bigger file is a mistake or an attack on the build.</summary>
    public const int MaxBytes = 1 << 20;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string fullPath, string display, DiagnosticBag diagnostics)
    {
        using var text = ReadPooled(fullPath, display, diagnostics);
        return text?.Span.ToString();
    }

    /// <summary>
    /// The file's text in a buffer borrowed from the shared pool, given back on dispose: an entry is read
    /// for the strings cut from it (front matter, body), so the whole text need never be a string itself.
    /// </summary>
    public static PooledText? ReadPooled(string fullPath, string display, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        int length;
        try
        {
            // One open for the size check and the read: a separate stat per file shows at 10,000 entries.
            using var handle = File.OpenHandle(fullPath);
            var size = RandomAccess.GetLength(handle);
            if (size > MaxBytes)
            {
                diagnostics.Error(Codes.TooLarge, SourceLocation.StartOf(display),
                    $"the file is {size / 1024:N0} KB; entries may be at most {MaxBytes / 1024:N0} KB", "split it or remove what does not belong in it");
                return null;
            }
            bytes = ArrayPool<byte>.Shared.Rent((int)size);
            length = 0;
            while (length < size && RandomAccess.Read(handle, bytes.AsSpan(length, (int)size - length), length) is var n and > 0) length += n;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.Unreadable, SourceLocation.StartOf(display), $"cannot read the file: {e.Message}");
            return null;
        }
        try
        {
            return Decode(bytes.AsSpan(0, length), display, diagnostics);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public static string? Decode(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        using var text = Decode(bytes.AsSpan(), display, diagnostics);
        return text?.Span.ToString();
    }

    private static PooledText? Decode(ReadOnlySpan<byte> bytes, string display, DiagnosticBag diagnostics)
    {
        // Windows editors' "Unicode" is UTF-16, whose byte order mark would otherwise be reported as binary data.
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            diagnostics.Error(Codes.NotUtf8, SourceLocation.StartOf(display), "the file is saved as UTF-16, not UTF-8", "save it with UTF-8 encoding");
            return null;
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(Codes.NotUtf8, LocationOf(bytes, nul, display),
                "the file holds binary data, not text", "save it as plain UTF-8 text");
            return null;
        }
        // UTF-8 never takes fewer bytes than UTF-16 takes chars, so the byte count is room enough.
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        int length;
        try
        {
            length = Strict.GetChars(bytes, chars);
        }
        catch (DecoderFallbackException e)
        {
            ArrayPool<char>.Shared.Return(chars);
            diagnostics.Error(Codes.NotUtf8, LocationOf(bytes, Math.Max(0, e.Index), display),
                "the file is not valid UTF-8", "save it with UTF-8 encoding");
            return null;
        }
        var start = chars.AsSpan(0, length).IndexOfAnyExcept('\uFEFF') is var first and >= 0 ? first : length;
        return new PooledText(chars, start, NormalizeLineEndings(chars.AsSpan(start, length - start)));
    }

    /// <summary>CRLF, CR and LF all count as one line break, so line numbers match what editors show.</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>Normalizes line breaks in place, as <see cref="NormalizeLineEndings(string)"/> does; returns the new length.</summary>
    private static int NormalizeLineEndings(Span<char> text)
    {
        var next = text.IndexOf('\r');
        if (next < 0) return text.Length;
        var written = next;
        for (var i = next; i < text.Length; i++)
        {
            if (text[i] != '\r') text[written++] = text[i];
            else
            {
                text[written++] = '\n';
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
        }
        return written;
    }

    private static SourceLocation LocationOf(ReadOnlySpan<byte> bytes, int offset, string display)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; column = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return new SourceLocation(display, line, column);
    }
}

/// <summary>A file's text in a pooled buffer; the buffer goes back to the pool on dispose, so copy what is kept.</summary>
internal sealed class PooledText(char[] buffer, int start, int length) : IDisposable
{
    private char[]? _buffer = buffer;

    public ReadOnlySpan<char> Span => (_buffer ?? throw new ObjectDisposedException(nameof(PooledText))).AsSpan(start, length);

    public void Dispose()
    {
        if (_buffer is null) return;
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = null;
    }
}
