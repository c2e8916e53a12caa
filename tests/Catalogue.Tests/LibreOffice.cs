using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;

namespace Catalogue.Tests;

/// <summary>LibreOffice and poppler from Debian (apt-get install libreoffice-impress poppler-utils), to open decks as a person would.</summary>
public static class LibreOffice
{
    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    /// <summary>Why the tests that need LibreOffice skip on this machine, or null; under CI=true they never skip.</summary>
    public static string? SkipReason =>
        (Find("soffice") is not null && Find("pdftotext") is not null) || Environment.GetEnvironmentVariable("CI") == "true"
            ? null : "soffice or pdftotext is not installed (apt-get install libreoffice-impress poppler-utils)";

    /// <summary>Converts a file to PDF with LibreOffice headless, in a profile of its own so that runs side by side do not collide.</summary>
    public static async Task<string> ToPdfAsync(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        var profile = new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri;
        await RunAsync("soffice", $"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", folder, file);
        var pdf = Path.ChangeExtension(file, ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice wrote no {pdf}");
        return pdf;
    }

    /// <summary>Every word poppler finds on each page, with its box in points from the page's top left.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<(string Text, double XMin, double YMin, double XMax, double YMax)>>> WordsAsync(string pdf)
    {
        var html = pdf + ".bbox.html";
        await RunAsync("pdftotext", "-bbox", pdf, html);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        double D(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
        using var reader = System.Xml.XmlReader.Create(html, new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Ignore });
        return XDocument.Load(reader).Descendants(x + "page")
            .Select(page => (IReadOnlyList<(string, double, double, double, double)>)page.Descendants(x + "word")
                .Select(w => (w.Value, D(w, "xMin"), D(w, "yMin"), D(w, "xMax"), D(w, "yMax"))).ToList())
            .ToList();
    }

    private static async Task RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(Find(program) ?? throw new InvalidOperationException($"{program} is not installed; .ci/run installs it under CI=true"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} failed: {await errors}");
    }
}

public sealed class SkippableLibreOfficeFactAttribute : FactAttribute
{
    public SkippableLibreOfficeFactAttribute() => Skip = LibreOffice.SkipReason;
}
