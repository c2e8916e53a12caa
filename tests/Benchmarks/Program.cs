using System.CommandLine;
using Catalogue.Benchmarks;

var root = new RootCommand("catalogue-bench: synthetic catalogues for measuring the generator at scale.")
{
    GenerateCommand.Create(),
    SearchLatencyCommand.Create(),
    RunCommand.Create(),
    StagesCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"catalogue-bench: {error.Message}");
    Console.Error.WriteLine("Run 'catalogue-bench --help' for usage.");
    return 2;
}
return await parse.InvokeAsync();
