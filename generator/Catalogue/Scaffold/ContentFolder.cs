using Catalogue.Model.Types;
using Catalogue.Pipeline.Find;

namespace Catalogue.Scaffold;

internal static class ContentFolder
{
    /// <summary>The content folder's paths; a missing folder is reported, never created, since it is likely a typo.</summary>
    public static ContentPaths Open(string folder, ContentModel? model = null)
    {
        var paths = new ContentPaths(folder, model);
        if (!Directory.Exists(paths.Root))
            throw new ScaffoldException($"{paths.DisplayRoot}: the content folder does not exist; pass the folder with --content");
        return paths;
    }
}
