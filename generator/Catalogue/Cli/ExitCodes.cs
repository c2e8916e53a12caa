namespace Catalogue.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int BadUsage = 2;

    /// <summary>The machine, not the user's input: a folder that cannot be written, a port in use, an address this machine does not have.</summary>
    public const int Environment = 3;
}
