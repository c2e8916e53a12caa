using System.Text;
using Catalogue.Diagnostics;

namespace Catalogue.Pipeline.Read;

/// <summary>Reads a content file as text, refusing what is not plain UTF-8 instead of guessing.</summary>
public static class TextFile
{
    /// <summary>No real entry comes near this; a bigger file is a mistake or an attack on the build.</summary>
    public const int MaxBytes = 1 << 20;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string fullPath, string display, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            // One open for the size check and the read: a separate stat per file shows at 10,000 entries.
            using var handle = File.OpenHandle(fullPath);
            var length = RandomAccess.GetLength(handle);
            if (length > MaxBytes)
            {
                diagnostics.Error(Codes.TooLarge, SourceLocation.StartOf(display),
                    $"the file is {length / 1024:N0} KB; entries may be at most {MaxBytes / 1024:N0} KB", "split it or remove what does not belong in it");
                return null;
            }
            bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var n and > 0) read += n;
            if (read < bytes.Length) bytes = bytes[..read];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.Unreadable, SourceLocation.StartOf(display), $"cannot read the file: {e.Message}");
            return null;
        }
        return Decode(bytes, display, diagnostics);
    }

    public static string? Decode(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        // Windows editors' "Unicode" is UTF-16, whose byte order mark would otherwise be reported as binary data.
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            diagnostics.Error(Codes.NotUtf8, SourceLocation.StartOf(display), "the file is saved as UTF-16, not UTF-8", "save it with UTF-8 encoding");
            return null;
        }
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(Codes.NotUtf8, LocationOf(bytes, nul, display),
                "the file holds binary data, not text", "save it as plain UTF-8 text");
            return null;
        }
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.Error(Codes.NotUtf8, LocationOf(bytes, Math.Max(0, e.Index), display),
                "the file is not valid UTF-8", "save it with UTF-8 encoding");
            return null;
        }
        return NormalizeLineEndings(text.TrimStart('\uFEFF'));
    }

    /// <summary>CRLF, CR and LF all count as one line break, so line numbers match what editors show.</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static SourceLocation LocationOf(byte[] bytes, int offset, string display)
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
