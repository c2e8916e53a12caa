using System.Text;
using System.Text.Encodings.Web;
using QRCoder;

namespace Catalogue.Rendering;

/// <summary>
/// A QR code drawn at build time as inline SVG: one path of dark runs on a white square, with the quiet
/// zone scanners need. SVG markup is neither script nor a style attribute, so the strict CSP allows it.
/// </summary>
internal static class QrSvg
{
    public static string Of(string text, string label)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        // Each dark run is a stroke one module thick along the middle of its row, and runs after the first in a row
        // move relative to the end of the last: about half the text of a filled rectangle per run, which keeps a
        // deck of thirty cards within the page weight budget.
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            int? end = null;
            for (var x = 0; x < size;)
            {
                if (!modules[y][x]) { x++; continue; }
                var start = x;
                while (x < size && modules[y][x]) x++;
                path.Append(end is { } last ? $"m{start - last} 0h{x - start}" : $"M{start} {y}.5h{x - start}");
                end = x;
            }
        }
        return $"<svg class=\"qr\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{HtmlEncoder.Default.Encode(label)}\" shape-rendering=\"crispEdges\">"
             + $"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path stroke=\"#000\" d=\"{path}\"/></svg>";
    }
}
