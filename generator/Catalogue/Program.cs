using Catalogue.Cli;

return await CatalogueCli.RunAsync(args);
