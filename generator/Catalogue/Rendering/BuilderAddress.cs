using System.Text.Json.Nodes;
using Catalogue.Model;

namespace Catalogue.Rendering;

/// <summary>A plan in the two forms the workshop builder reads (theme/assets/js/workshop-store.js): the query of
/// its address, and its workshop object, which slides.js turns into a deck.</summary>
internal static class BuilderAddress
{
    /// <summary>title=…&amp;start=09:00&amp;size=10&amp;blocks=id_90.*break_20.*custom_15&amp;t2=…&amp;n0=…, as workshopParams writes it.</summary>
    public static string Query(WorkshopPlan plan)
    {
        var query = new List<(string Name, string Value)>
        {
            ("title", plan.Title),
            ("start", Clock(plan.Start)),
            ("size", plan.GroupSize.Max.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("blocks", string.Join(".", plan.Blocks.Select(b => $"{NameOf(b)}_{b.Minutes}"))),
        };
        for (var i = 0; i < plan.Blocks.Count; i++)
        {
            if (plan.Blocks[i].Kind == PlanBlockKind.Custom) query.Add(($"t{i}", plan.Blocks[i].Title ?? ""));
            if (plan.Blocks[i].Notes.Length > 0) query.Add(($"n{i}", plan.Blocks[i].Notes));
        }
        return string.Join("&", query.Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value)}"));
    }

    /// <summary>The builder's workshop object: {title, start, size, blocks: [{type, id|title, minutes, notes}]}.</summary>
    public static string Json(WorkshopPlan plan) => new JsonObject
    {
        ["title"] = plan.Title,
        ["start"] = Clock(plan.Start),
        ["size"] = plan.GroupSize.Max,
        ["blocks"] = new JsonArray([.. plan.Blocks.Select(Block)]),
    }.ToJsonString();

    public static string Clock(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static string NameOf(PlanBlock block) => block.Kind switch
    {
        PlanBlockKind.Entry => block.Id!,
        PlanBlockKind.Break => "*break",
        _ => "*custom",
    };

    private static JsonNode Block(PlanBlock block)
    {
        var node = new JsonObject { ["type"] = block.Kind switch { PlanBlockKind.Entry => "entry", PlanBlockKind.Break => "break", _ => "custom" } };
        if (block.Kind == PlanBlockKind.Entry) node["id"] = block.Id;
        if (block.Kind == PlanBlockKind.Custom) node["title"] = block.Title;
        node["minutes"] = block.Minutes;
        node["notes"] = block.Notes;
        return node;
    }
}
