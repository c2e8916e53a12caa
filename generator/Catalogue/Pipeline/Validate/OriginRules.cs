using Catalogue.Diagnostics;
using Catalogue.Model;
using Catalogue.Model.Types;

namespace Catalogue.Pipeline.Validate;

/// <summary>
/// Holds each field to where its declaration says its text comes from: a fact from the sources carries a
/// citation, and the catalogue's own guidance carries none, so that advice never reads as a paper's finding.
/// </summary>
internal sealed class OriginRules(DiagnosticBag diagnostics)
{
    public void Check(Entry entry) => Walk(entry.Kind.Fields, entry.Fields, Origin.Mixed);

    private void Walk(IReadOnlyList<FieldSpec> specs, ObjectValue values, Origin inherited)
    {
        foreach (var spec in specs)
            if (values[spec.Name] is { } value)
                Check(spec, spec.Type, value, inherited == Origin.Guidance ? Origin.Guidance : spec.Origin);
    }

    /// <param name="origin">Guidance is inherited by everything inside a guidance field; a sourced field is only the text it names.</param>
    private void Check(FieldSpec spec, FieldType type, Value value, Origin origin)
    {
        switch (type, value)
        {
            case (ObjectType o, ObjectValue fields):
                Walk(o.Fields, fields, origin);
                break;
            case (ListType l, ListValue list):
                foreach (var item in list.Items) Check(spec, l.Item, item, origin);
                break;
            case (TextType { Markdown: true }, TextValue text) when origin == Origin.Sourced && !Cites(text):
                diagnostics.Error(Codes.UncitedFact, text.At, $"'{spec.Name}' states what a source reports, but cites none",
                    "add the citation with its locator, e.g. [@marcos-cuevas-2016, Table 2]");
                break;
            // Plain text too: a citation in a plan's notes would read as a paper's finding wherever it is shown.
            case (TextType, TextValue text) when origin == Origin.Guidance && Cites(text):
                diagnostics.Error(Codes.CitedGuidance, text.At, $"'{spec.Name}' is the catalogue's own guidance, so it cites no source",
                    "remove the citation; a fact from a source belongs in a cited field or in the body");
                break;
        }
    }

    private static bool Cites(TextValue text) => text.Text.Contains("[@", StringComparison.Ordinal);
}
