namespace Catalogue.Rendering.Pictures;

/// <summary>The matrix page's compact view: every case against every practice, each cell a link to the case's row.</summary>
internal static class HeatMap
{
    public const string Id = "practice-heat-map";

    public static string Of(IReadOnlyList<PracticeColumn> practices, IReadOnlyList<PracticeGridRow> cases)
    {
        var (width, height) = PracticeGrid.Size(practices.Count, cases.Count, labelled: true);
        var marks = cases.Sum(c => c.Marks.Count);
        var picture = new SvgPicture(Id, "heat-map", width, height, "Which practices each case shows",
            $"A grid of {cases.Count} cases by {practices.Count} practices, grouped by dimension; {marks} cells are marked. "
            + "A filled square means the source reports the practice in the case, a dashed square that this is the catalogue's reading, "
            + "and the number in it counts the activities; a dot means the case's matrix has no row for the practice. "
            + "Each cell links to the row on the case's page; the table below gives the same in words.", Interactive: true);
        PracticeGrid.Draw(picture, practices, cases, labelled: true);
        return picture.ToString();
    }
}
