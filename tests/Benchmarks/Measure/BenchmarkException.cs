namespace Catalogue.Benchmarks.Measure;

/// <summary>A measurement that cannot be taken (a program failed or never answered); the message is one sentence for the user.</summary>
internal sealed class BenchmarkException(string message) : Exception(message);
