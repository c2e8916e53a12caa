using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Catalogue.Tests;

/// <summary>The pages of a PDF as chromium and LibreOffice write them: page objects are plain text
/// (neither writes object streams), so counting "/Type /Page" objects and reading their boxes is enough.</summary>
public static partial class PdfPages
{
    /// <summary>Each page's width and height in points, in file order.</summary>
    public static IReadOnlyList<(double Width, double Height)> Sizes(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        return PageObject().Matches(text).Select(m =>
        {
            var box = MediaBox().Match(m.Value);
            double N(int i) => double.Parse(box.Groups[i].Value, CultureInfo.InvariantCulture);
            return box.Success ? (N(3) - N(1), N(4) - N(2)) : (0, 0);
        }).ToList();
    }

    public static int Count(byte[] pdf) => Sizes(pdf).Count;

    // A page object's dictionary, up to the end of its object.
    [GeneratedRegex(@"/Type\s*/Page(?![s\w]).*?endobj", RegexOptions.Singleline)]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
