using System.Text.Json;
using Reports.Domain;
using Reports.Rendering.Json;
using Reports.Tests.Builders;

namespace Reports.Tests.Rendering.Json;

/// <summary>The weekly review's fields of weeks.json: checklist, time in phase, forecast, overdue findings.</summary>
public sealed class ReviewJsonTests
{
    private static JsonElement LatestWeek(DataSetBuilder data)
    {
        using var document = JsonDocument.Parse(WeeksJson.Write(data.Evaluate()));
        return document.RootElement.GetProperty("weeks").EnumerateArray().Last().Clone();
    }

    [Fact]
    public void A_rising_phase_1_week_carries_its_forecast_time_in_phase_and_overdue_findings()
    {
        var week = LatestWeek(DataSetBuilder.Empty()
            .WithWeek("2026-03-02", 1, 2, 2, 2, 2, 2).WithWeek("2026-03-09", 2, 2, 2, 2, 2, 2).WithWeek("2026-03-16", 3, 2, 2, 2, 2, 2)
            .WithFinding("KI-1", Priority.P0, "known-issue", "2026-03-02").WithFindingChange("KI-1", f => f with { Due = new DateOnly(2026, 3, 10) })
            .WithClassedIncident("INC-1", "deadlock", "2026-03-03", "2026-03-04")
            .WithClassedIncident("INC-2", "deadlock", "2026-03-15"));

        Assert.Equal(
            """{"target_total":85,"outcome":"reaches","date":"2026-04-27","weeks":6,"per_week":5.00,"weeks_used":3}""",
            week.GetProperty("forecast").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal(
            """{"phase":1,"since":"2026-03-02","days":14,"target_min_days":14,"target_max_days":28,"past_target":false}""",
            week.GetProperty("time_in_phase").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal(["KI-1"], week.GetProperty("overdue_findings").EnumerateArray().Select(e => e.GetString()));
        var repeated = week.GetProperty("checklist").EnumerateArray().Single(q => q.GetProperty("question").GetString() == "repeated-incident-classes");
        var item = Assert.Single(repeated.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("subject").ValueKind);
        Assert.Equal(["INC-1", "INC-2"], item.GetProperty("related").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, repeated.GetProperty("summary").ValueKind);
        Assert.Equal(JsonValueKind.Null, week.GetProperty("freeze_margin").ValueKind);
    }

    [Fact]
    public void A_phase_3_week_has_no_forecast_but_a_freeze_margin()
    {
        var week = LatestWeek(DataSetBuilder.Empty().WithPolicy(p => p with { StartPhase = 3 }).WithWeek("2026-03-02", 4, 4, 4, 3, 3, 4));

        Assert.Equal(JsonValueKind.Null, week.GetProperty("forecast").ValueKind);
        Assert.Equal("7.50", week.GetProperty("freeze_margin").GetRawText());
        Assert.Equal(JsonValueKind.Null, week.GetProperty("time_in_phase").GetProperty("target_max_days").ValueKind);
    }
}
