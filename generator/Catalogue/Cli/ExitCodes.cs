namespace Catalogue.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int BadUsage = 2;
}
