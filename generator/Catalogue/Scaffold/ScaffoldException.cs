namespace Catalogue.Scaffold;

/// <summary>
/// Why `catalogue new` wrote nothing. The message names the file and says what to do; a usage error
/// is one in what was typed on the command line rather than in the content folder.
/// </summary>
internal sealed class ScaffoldException(string message, bool isUsageError = false) : Exception(message)
{
    public bool IsUsageError => isUsageError;
}
