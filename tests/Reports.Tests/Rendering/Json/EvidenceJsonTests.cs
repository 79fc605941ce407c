using System.Text.Json;
using Reports.Domain;
using Reports.Rendering.Json;
using Reports.Tests.Builders;
using static Reports.Tests.Scoring.Evidence.EvidenceWeeks;

namespace Reports.Tests.Rendering.Json;

/// <summary>The evidence contract's additions to each week of <c>weeks.json</c> and <c>status --json</c>.</summary>
public sealed class EvidenceJsonTests
{
    [Fact]
    public void Should_add_the_gates_source_and_recorded_status_without_changing_existing_fields()
    {
        var week = SecondWeek(PhaseTwo().WithComputedGates("G5").WithSlo("video-avail", "video", 99.5m)
            .WithSloDays(WindowFirst, Week, "video-avail", 990, 1000)
            .WithGate(Week, "G5", GateStatus.Pass)
            .WithGate(Week, "G6", GateStatus.Pending));

        var gates = week.GetProperty("gates").EnumerateArray().ToDictionary(g => g.GetProperty("id").GetString()!);
        Assert.Equal(["id", "status", "source", "recorded"], gates["G5"].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("fail", "computed", "pass"), Gate(gates["G5"]));
        Assert.Equal(("pending", "recorded", "pending"), Gate(gates["G6"]));
        Assert.Equal(("unknown", "none", null), Gate(gates["G7"]));
    }

    [Fact]
    public void Should_list_not_measured_codes_the_window_each_slo_ci_and_overdue_items()
    {
        var week = SecondWeek(PhaseTwo().WithSlo("video-avail", "video", 99.5m).WithSlo("queue-ok", "queue", 99m)
            .WithSloDays("2026-02-08", Week, "video-avail", 995, 1000)
            .WithSloDays("2026-03-04", Week, "queue-ok", 0, 0)
            .WithEvent(Advance, EventKind.RunbookUpdate, EventOutcome.Done)
            .WithEvidencePolicy(p => p with { RedTeamSpotCheckEveryDays = 6 }));

        Assert.Equal(["smoke-e2e-failing"], week.GetProperty("not_measured").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("""{"start":"2026-03-03","days":7}""", Compact(week.GetProperty("validation_window")));
        Assert.Equal(
            """[{"id":"video-avail","pillar":"video","objective":99.5,"attainment":99.5,"status":"met","budget_burn":23.3334},"""
            + """{"id":"queue-ok","pillar":"queue","objective":99,"attainment":null,"status":"unknown","budget_burn":0}]""",
            Compact(week.GetProperty("slos")));
        Assert.Equal("""{"smoke_failures_in_a_row":0,"flake_rate":{"typecheck":null,"test":null,"chromium-smoke":null}}""", Compact(week.GetProperty("ci")));
        Assert.Equal("""["red-team-spot-check"]""", Compact(week.GetProperty("overdue")));
    }

    [Fact]
    public void Should_write_inf_for_a_positive_burn_of_a_zero_budget_and_null_outside_phase_2()
    {
        var data = PhaseTwo().WithEvidencePolicy(p => p with { ErrorBudgetPeriodDays = 1 }).WithSlo("s", "video", 99m)
            .WithSloDay(WindowFirst, "s", 9, 10).WithSloDay(Week, "s", 0, 0);
        var weeks = JsonDocument.Parse(WeeksJson.Write(data.Evaluate())).RootElement.GetProperty("weeks");

        Assert.Equal(JsonValueKind.Null, weeks[0].GetProperty("slos")[0].GetProperty("budget_burn").ValueKind);
        Assert.Equal(JsonValueKind.Null, weeks[0].GetProperty("validation_window").ValueKind);
        Assert.Equal("inf", weeks[1].GetProperty("slos")[0].GetProperty("budget_burn").GetString());
    }

    private static JsonElement SecondWeek(DataSetBuilder data) =>
        JsonDocument.Parse(WeeksJson.Write(data.Evaluate())).RootElement.GetProperty("weeks")[1];

    private static (string?, string?, string?) Gate(JsonElement gate) =>
        (gate.GetProperty("status").GetString(), gate.GetProperty("source").GetString(), gate.GetProperty("recorded").GetString());

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
}
