using Catalogue.Cli;

return await CatalogueCli.RunAsync(args);

/// <summary>Internal like every other type: ASP.NET Core's source generator makes a top-level program public unless it is declared.</summary>
internal partial class Program;
