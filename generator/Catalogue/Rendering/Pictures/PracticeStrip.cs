namespace Catalogue.Rendering.Pictures;

/// <summary>A case's practice strip: the practices of every dimension in a row, marked where the case's matrix has a row.</summary>
internal static class PracticeStrip
{
    public const string Id = "practice-strip";

    public static string Of(string caseTitle, IReadOnlyList<PracticeColumn> practices, IReadOnlyDictionary<string, PracticeMark> marks)
    {
        var (width, height) = PracticeGrid.Size(practices.Count, 1, labelled: false);
        var shown = practices.Where(p => marks.ContainsKey(p.Id)).Select(p => $"{p.Title} ({PracticeGrid.Describe(marks[p.Id])})").ToList();
        var picture = new SvgPicture(Id, "practice-strip", width, height, $"The practices {caseTitle} shows",
            $"{shown.Count} of {practices.Count} practices: " + (shown.Count == 0 ? "none." : string.Join("; ", shown) + "."));
        PracticeGrid.Draw(picture, practices, [new PracticeGridRow(caseTitle, "", marks)], labelled: false);
        return picture.ToString();
    }
}
