namespace Catalogue.Tests.Reliability;

/// <summary>
/// Draws command lines for <see cref="CommandLineFuzzTests"/>: a command, some of its options in any order
/// (now and then one it does not have, or one without its value), each value from the kind of thing the
/// option takes. Paths that a command might write stay inside the test's own folders.
/// </summary>
internal sealed class ArgumentVectors(TestCatalogue catalogue, string sandbox, Random random)
{
    private string[] Folders =>
    [
        catalogue.Content, catalogue.Root, System.IO.Path.Combine(sandbox, "missing"), System.IO.Path.Combine(catalogue.Content, "sources.yaml"),
        System.IO.Path.Combine(sandbox, "a b"), System.IO.Path.Combine(sandbox, "ü-ñ"), System.IO.Path.Combine(sandbox, new string('x', 300)),
        System.IO.Path.Combine(sandbox, "-dash"), "/proc/catalogue-fuzz", "/proc/self/status", "",
    ];

    /// <summary>Where a site or deck could go: the folders above and some that must be refused.</summary>
    private string[] Outputs => [.. Folders, System.IO.Path.Combine(catalogue.Root, "_site"), System.IO.Path.Combine(sandbox, "out", "deck.pptx"), "/", ".", catalogue.Content];

    private static readonly string[] Words = ["co-design", "acme-case", "empowered", "co-desing", "", " ", "--", "-x", "A title", "ü", "x,y", "co-design,acme-case"];
    private static readonly string[] Numbers = ["0", "-1", "65536", "99999", "abc", "2016", "1.5", ""];
    private static readonly string[] Hosts = ["127.0.0.1", "::1", "localhost", "[::1]", "127.0.0.1 ", "256.1.1.1", "not a host", "192.0.2.1", ""];
    private static readonly string[] Urls = ["https://example.org/", "ftp://x", "not a url", "javascript:alert(1)", ""];
    private static readonly string[] Types = ["case", "practice", "capability", "concept", "framework", "challenge", "source", "nonsense", ""];

    public string[] Next()
    {
        var (command, options) = random.Next(6) switch
        {
            0 => (new[] { "build" }, new[] { Pick("--content", Folders), Pick("--output", Outputs), Pick("--base-url", Urls), Flag("--no-search"), Flag("--no-cache"), Flag("--timings") }),
            1 => (["check"], [Pick("--content", Folders), Pick("--base", Folders), Pick("--base-ref", ["HEAD", "origin/nope", "", "--"]), Flag("--no-cache")]),
            2 => (["new", Choose(Types), Choose(Words)], [Pick("--content", Folders), Pick("--id", Words), Pick("--author", ["Family, I.", ""]), Pick("--year", Numbers)]),
            3 => (["export", "deck"], [Pick("--practices", Words), Pick("--cases", Words), Pick("--workshop", Folders), Pick("--out", Outputs), Flag("--force"), Pick("--content", Folders)]),
            4 => (["serve"], [Pick("--content", Folders), Pick("--output", Outputs), Pick("--port", Numbers), Pick("--host", Hosts), Flag("--no-search")]),
            _ => (new[] { Choose(["build", "check", "serve", "new", "export", "nonsense", "--help", "--version"]) }, new[] { Pick("--unknown", Words) }),
        };
        var chosen = options.Where(_ => random.Next(3) > 0).OrderBy(_ => random.Next()).SelectMany(o => o).ToList();
        // A value now and then goes missing, as when a shell variable was empty.
        if (chosen.Count > 0 && random.Next(8) == 0) chosen.RemoveAt(random.Next(chosen.Count));
        return [.. command, .. chosen];
    }

    private string Choose(string[] values) => values[random.Next(values.Length)];

    private string[] Pick(string option, string[] values) => [option, Choose(values)];

        private static string[] Flag(string option) => [option];
}
