namespace Catalogue.Rendering.Pictures;

/// <summary>A capability in the model diagram.</summary>
internal sealed record ModelCapability(string Id, string Title);

/// <summary>A practice with the capabilities its entry says underpin it.</summary>
internal sealed record ModelPractice(PracticeColumn Practice, IReadOnlyList<string> Capabilities);

/// <summary>
/// The model at a glance: the dimensions as coloured bands, their practices beside them, the capabilities on the
/// right, and a line in the practice's colour from each practice to each capability it rests on.
/// </summary>
internal static class ModelDiagram
{
    public const string Id = "model-diagram";

    private const double BandX = 0, BandWidth = 150, PracticeX = 166, PracticeWidth = 170, CapabilityX = 600, CapabilityWidth = 316;
    private const double Top = 34, Box = 34, Gap = 10, GroupGap = 18, Width = 920;

    public static string Of(IReadOnlyList<ModelPractice> practices, IReadOnlyList<ModelCapability> capabilities)
    {
        // Practices top to bottom, a little apart between dimensions.
        var practiceY = new List<double>();
        var y = Top;
        for (var i = 0; i < practices.Count; i++)
        {
            if (i > 0) y += practices[i].Practice.Dimension == practices[i - 1].Practice.Dimension ? Gap : GroupGap;
            practiceY.Add(y);
            y += Box;
        }
        var height = y + 6;
        // Capabilities spread evenly over the same height.
        var step = capabilities.Count > 1 ? (height - Top - Box - 6) / (capabilities.Count - 1) : 0;
        var capabilityY = capabilities.Select((_, i) => Top + i * step).ToList();
        var capabilityIndex = capabilities.Select((c, i) => (c.Id, i)).ToDictionary(c => c.Id, c => c.i);

        var links = practices.Sum(p => p.Capabilities.Count(capabilityIndex.ContainsKey));
        var dimensions = practices.Select(p => p.Practice.DimensionTitle).Distinct().ToList();
        var picture = new SvgPicture(Id, "model-diagram", Width, height, "The co-creation model: dimensions, practices and capabilities",
            $"{dimensions.Count} dimensions ({string.Join(", ", dimensions)}) group {practices.Count} practices; "
            + $"{links} lines join each practice to the {capabilities.Count} interaction capabilities it rests on. "
            + "The table after the picture lists the same links.");

        picture.Add(SvgPicture.Text(BandX, 12, "Dimension", "column-head"));
        picture.Add(SvgPicture.Text(PracticeX, 12, "Practice", "column-head"));
        picture.Add(SvgPicture.Text(CapabilityX, 12, "Capability it rests on", "column-head"));

        for (var i = 0; i < practices.Count; i++)
            foreach (var capability in practices[i].Capabilities.Where(capabilityIndex.ContainsKey))
            {
                double x1 = PracticeX + PracticeWidth, y1 = practiceY[i] + Box / 2, x2 = CapabilityX, y2 = capabilityY[capabilityIndex[capability]] + Box / 2;
                var mid = (x1 + x2) / 2;
                picture.Add($"<path d=\"M{SvgText.Number(x1)} {SvgText.Number(y1)}C{SvgText.Number(mid)} {SvgText.Number(y1)} {SvgText.Number(mid)} {SvgText.Number(y2)} {SvgText.Number(x2)} {SvgText.Number(y2)}\" "
                    + $"class=\"model-link stroke-{practices[i].Practice.Dimension}\" data-from=\"{SvgText.Escape(practices[i].Practice.Id)}\" data-to=\"{SvgText.Escape(capability)}\"/>");
            }

        for (var first = 0; first < practices.Count;)
        {
            var last = first;
            while (last + 1 < practices.Count && practices[last + 1].Practice.Dimension == practices[first].Practice.Dimension) last++;
            var practice = practices[first].Practice;
            var top = practiceY[first];
            var bottom = practiceY[last] + Box;
            picture.Add(SvgPicture.Rect(BandX, top, BandWidth, bottom - top, $"band fill-{practice.Dimension}", 4));
            picture.Add(SvgPicture.Text(BandX + BandWidth / 2, (top + bottom) / 2, practice.DimensionTitle, "band-label", "middle"));
            first = last + 1;
        }
        for (var i = 0; i < practices.Count; i++)
        {
            var practice = practices[i].Practice;
            picture.Add(SvgPicture.Rect(PracticeX, practiceY[i], PracticeWidth, Box, $"model-box stroke-{practice.Dimension}", 4));
            picture.Add(SvgPicture.Text(PracticeX + 12, practiceY[i] + Box / 2, practice.Title, "model-label"));
        }
        for (var i = 0; i < capabilities.Count; i++)
        {
            picture.Add(SvgPicture.Rect(CapabilityX, capabilityY[i], CapabilityWidth, Box, "model-box stroke-capability", 4));
            picture.Add(SvgPicture.Text(CapabilityX + 12, capabilityY[i] + Box / 2, capabilities[i].Title, "model-label"));
        }
        return picture.ToString();
    }
}
