using Catalogue.Model;
using Catalogue.Model.Types;

namespace Catalogue.Pipeline.Find;

/// <summary>A Markdown entry file found under the content folder.</summary>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="RelativePath">Path under content/, forward slashes: "cases/bekaert-carding.md".</param>
/// <param name="DisplayPath">Path as diagnostics show it: "content/cases/bekaert-carding.md".</param>
internal sealed record ContentFile(string FullPath, string RelativePath, string DisplayPath, EntryType Kind)
{
    public string Id => Path.GetFileNameWithoutExtension(RelativePath);
}
