using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace Catalogue.Serve;

/// <summary>
/// What `serve --host` may name: an IP address written out in full, or localhost. Anything else is
/// refused rather than left to the web server, which listens on every interface for a host it cannot read.
/// </summary>
internal static class ListenAddress
{
    public const string Expected = "an IP address such as 127.0.0.1 or ::1 (without brackets), or localhost";

    public static bool TryParse(string text, [NotNullWhen(true)] out IPAddress? address)
    {
        address = null;
        if (text == "localhost")
        {
            address = IPAddress.Loopback;
            return true;
        }
        // IPAddress.TryParse also reads shorthand ("127.1" is 127.0.0.1, "1" is 0.0.0.1), brackets, scope ids
        // and surrounding spaces; only the form people write is meant here.
        if (!IPAddress.TryParse(text, out var parsed)) return false;
        var written = parsed.AddressFamily switch
        {
            AddressFamily.InterNetwork => parsed.ToString() == text,
            AddressFamily.InterNetworkV6 => text.All(c => char.IsAsciiHexDigit(c) || c is ':' or '.'),
            _ => false,
        };
        if (written) address = parsed;
        return written;
    }

    /// <summary>What the preview says once when another machine could reach it; null on loopback.</summary>
    public static string? Exposure(IPAddress address) => IPAddress.IsLoopback(address)
        ? null
        : $"Listening on {(address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) ? "every network interface" : address)}: anyone who can reach this machine over the network can read the preview.";

    /// <summary>How a URL writes the address: IPv6 in brackets.</summary>
    public static string InUrl(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();

}
