namespace Catalogue.Rendering.Pictures;

/// <summary>A practice as a column of the grid, under its dimension (an id, which names its colour, and a title).</summary>
internal sealed record PracticeColumn(string Id, string Title, string Dimension, string DimensionTitle);

/// <summary>What a case's practice matrix says about one practice: how many activities, and whether the mapping is the catalogue's reading.</summary>
internal sealed record PracticeMark(int Activities, bool OurReading);

/// <summary>A row of the grid: a case, with a mark for each practice its matrix has a row for.</summary>
/// <param name="Url">The case's page; a cell links to its row there.</param>
internal sealed record PracticeGridRow(string Label, string Url, IReadOnlyDictionary<string, PracticeMark> Marks);

/// <summary>
/// Practices across, dimension by dimension under a band of the dimension's colour, and a mark in each cell: a
/// filled square with the number of activities where the source shows the practice, a dashed outline where that is
/// the catalogue's reading, a small dot where the matrix has no row. A case page draws one row without labels;
/// the matrix page draws every case, each row labelled and each cell a link to the row on the case's page.
/// </summary>
internal static class PracticeGrid
{
    private const double Column = 84, Band = 26, Names = 28, Row = 44, Mark = 26, Gap = 8;
    private const double LabelWidth = 300;
    private const int LabelChars = 40;

    /// <summary>Where a practice's row of a case's matrix is on the case page (theme/Components/PracticeMatrix.razor).</summary>
    public static string Anchor(string practiceId) => $"practice-{practiceId}";

    /// <summary>The heading of the case page's matrix (theme/Pages/CasePage.razor): where a cell with no row leads.</summary>
    public const string MatrixAnchor = "matrix-heading";

    /// <summary>Draws the grid into the picture; its width and height come from <see cref="Size"/>.</summary>
    public static void Draw(SvgPicture picture, IReadOnlyList<PracticeColumn> columns, IReadOnlyList<PracticeGridRow> rows, bool labelled)
    {
        var left = labelled ? LabelWidth : 0;
        // The dimension bands, each over its practices.
        foreach (var group in Groups(columns))
        {
            var x = left + group.First * Column;
            var width = group.Count * Column;
            picture.Add(SvgPicture.Rect(x + 1, 0, width - 2, Band, $"band fill-{group.Dimension}", 3));
            picture.Add(SvgPicture.Text(x + width / 2, Band / 2, group.Title, "band-label", "middle"));
        }
        for (var c = 0; c < columns.Count; c++)
            picture.Add(SvgPicture.Text(left + c * Column + Column / 2, Band + Names / 2, columns[c].Title, "practice-name", "middle"));

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var y = Band + Names + r * Row;
            if (r % 2 == 0) picture.Add(SvgPicture.Rect(0, y, left + columns.Count * Column, Row, "row-shade"));
            if (labelled)
                picture.Add($"<a href=\"{SvgText.Escape(row.Url)}\">" + SvgPicture.Lines(Gap, y + Row / 2, SvgText.Wrap(row.Label, LabelChars, 2), 16, "row-label") + "</a>");
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                var mark = row.Marks.GetValueOrDefault(column.Id);
                var cell = Cell(left + c * Column, y, column, mark);
                picture.Add(labelled
                    ? $"<a href=\"{SvgText.Escape(row.Url + "#" + (mark is null ? MatrixAnchor : Anchor(column.Id)))}\" aria-label=\"{SvgText.Escape($"{row.Label}, {column.Title}: {Describe(mark)}")}\" "
                      + $"data-practice=\"{SvgText.Escape(column.Id)}\" data-mark=\"{Kind(mark)}\">{SvgPicture.Rect(left + c * Column + 2, y + 2, Column - 4, Row - 4, "cell-hit", 4)}{cell}</a>"
                    : $"<g data-practice=\"{SvgText.Escape(column.Id)}\" data-mark=\"{Kind(mark)}\">{cell}</g>");
            }
        }
    }

    public static (double Width, double Height) Size(int columns, int rows, bool labelled) =>
        ((labelled ? LabelWidth : 0) + columns * Column, Band + Names + rows * Row);

    /// <summary>The mark in words, as the link's label and the page's list say it.</summary>
    public static string Describe(PracticeMark? mark) => mark switch
    {
        null => "no row in the practice matrix",
        { OurReading: true } => $"{Activities(mark.Activities)}, the catalogue's reading",
        _ => $"{Activities(mark.Activities)}, as the source reports",
    };

    /// <summary>"shown", "reading" or "none": what the mark draws, for tests and styles.</summary>
    public static string Kind(PracticeMark? mark) => mark is null ? "none" : mark.OurReading ? "reading" : "shown";

    private static string Activities(int n) => n == 1 ? "1 activity" : $"{n} activities";

    private static string Cell(double x, double y, PracticeColumn column, PracticeMark? mark)
    {
        var cx = x + Column / 2;
        var cy = y + Row / 2;
        if (mark is null) return $"<circle cx=\"{SvgText.Number(cx)}\" cy=\"{SvgText.Number(cy)}\" r=\"3\" class=\"mark-none\"/>";
        var square = mark.OurReading
            ? SvgPicture.Rect(cx - Mark / 2, cy - Mark / 2, Mark, Mark, $"mark-reading stroke-{column.Dimension}", 4, "stroke-dasharray=\"4 3\"")
            : SvgPicture.Rect(cx - Mark / 2, cy - Mark / 2, Mark, Mark, $"mark-shown fill-{column.Dimension}", 4);
        return square + SvgPicture.Text(cx, cy, mark.Activities.ToString(System.Globalization.CultureInfo.InvariantCulture), mark.OurReading ? "mark-count" : "mark-count on-fill", "middle");
    }

    private static IEnumerable<(string Dimension, string Title, int First, int Count)> Groups(IReadOnlyList<PracticeColumn> columns)
    {
        for (var i = 0; i < columns.Count;)
        {
            var first = i;
            while (i < columns.Count && columns[i].Dimension == columns[first].Dimension) i++;
            yield return (columns[first].Dimension, columns[first].DimensionTitle, first, i - first);
        }
    }
}
