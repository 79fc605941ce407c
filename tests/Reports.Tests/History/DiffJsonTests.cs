using System.Globalization;
using System.Text.Json;
using Reports.History;
using static Reports.Tests.Builders.DataSetBuilder;

namespace Reports.Tests.History;

/// <summary>The diff's JSON: documented field names, two-decimal amounts, the same bytes under every culture.</summary>
public sealed class DiffJsonTests
{
    private static readonly DiffSide Base = DiffSide.OfFolder("base");
    private static readonly DiffSide Head = DiffSide.OfFolder("data");

    [Fact]
    public void Has_the_documented_top_level_and_week_fields_in_order()
    {
        var diff = ProgramDiffer.Compare(PlanWeek1().WithPlanEvidence().Evaluate(), PlanWeeks().WithPlanEvidence().Evaluate(), new HashSet<DateOnly>());

        var root = JsonDocument.Parse(DiffJson.Write(diff, Base, Head)).RootElement;

        Assert.Equal(["schema", "base", "head", "changed", "summary", "weeks", "rubric", "policy", "gates", "incidents", "findings", "snapshots", "blocking"], Names(root));
        Assert.Equal(
            ["week_of", "change", "compared_with", "archived", "restated", "before", "after", "total_delta", "categories", "gates", "no_go", "freeze_triggers", "open_incidents", "unresolved_findings", "rules_flipped", "texts"],
            Names(root.GetProperty("weeks")[0]));
        Assert.Equal(
            ["week_of", "phase", "total", "decision", "next_phase", "recorded_decision", "no_go", "freeze_triggers"],
            Names(root.GetProperty("weeks")[0].GetProperty("after")));
        Assert.Equal(["key", "name", "before", "after", "delta", "points_before", "points_after"], Names(root.GetProperty("weeks")[0].GetProperty("categories")[0]));
    }

    [Fact]
    public void Names_the_rules_that_flipped_what_still_blocks_and_the_snapshots_added()
    {
        var diff = ProgramDiffer.Compare(
            PlanWeek1().WithPlanEvidence().Evaluate(), PlanWeeks().WithPlanEvidence().Evaluate(), new HashSet<DateOnly>(), new HashSet<DateOnly> { Date(Week1) });

        var root = JsonDocument.Parse(DiffJson.Write(diff, Base, Head)).RootElement;

        var flip = Assert.Single(root.GetProperty("weeks")[0].GetProperty("rules_flipped").EnumerateArray());
        Assert.Equal(("gate", "G1", false, true), (flip.GetProperty("rule").GetString(), flip.GetProperty("subject").GetString(), flip.GetProperty("before").GetBoolean(), flip.GetProperty("after").GetBoolean()));
        Assert.Equal(["2026-02-17"], root.GetProperty("snapshots").GetProperty("added").EnumerateArray().Select(d => d.GetString()));
        var blocking = root.GetProperty("blocking");
        Assert.Equal("2026-02-18", blocking.GetProperty("week_of").GetString());
        Assert.Equal(
            ["category-min", "total", "gate", "gate", "gate", "no-go"],
            blocking.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("rule").GetString()));
    }

    [Fact]
    public void Writes_the_same_bytes_under_any_culture()
    {
        var diff = ProgramDiffer.Compare(PlanWeek1().Evaluate(), PlanWeeks().WithScore(Week1, "outcomes", 0).Evaluate(), new HashSet<DateOnly>());
        var invariant = DiffJson.Write(diff, Base, Head);
        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "de-DE", "tr-TR", "ar-SA", "fa-IR" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(culture);
                Assert.Equal(invariant, DiffJson.Write(diff, Base, Head));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        Assert.Contains("\"total_delta\": -6.25,", invariant, StringComparison.Ordinal);
        Assert.Contains("\"points_after\": 0.00", invariant, StringComparison.Ordinal);
        Assert.EndsWith("}\n", invariant, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", invariant, StringComparison.Ordinal);
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();
}
