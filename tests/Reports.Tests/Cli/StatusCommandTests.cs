using System.Text.Json;

namespace Reports.Tests.Cli;

public sealed class StatusCommandTests
{
    private static readonly string Data = TestPrograms.PlanData;

    [Fact]
    public void Shows_the_latest_week_of_the_plan_with_its_decision_trace_and_uplift()
    {
        var run = CliRun.Of("status", "--data", Data);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Week of 2026-02-18 · Phase 1 (Metric Hardening)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Reliability Outcomes                    25      1    6.25   0", run.Out, StringComparison.Ordinal);
        Assert.Contains("55.00  (+8.75 from 46.25 on 2026-02-17)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Decision: Stay in Phase 1 (recorded: stay)", run.Out, StringComparison.Ordinal);
        Assert.Contains("✗ total 55.00 < 85", run.Out, StringComparison.Ordinal);
        Assert.Contains("✗ Reliability Outcomes 1 < 2", run.Out, StringComparison.Ordinal);
        Assert.Contains("✗ G2 fail", run.Out, StringComparison.Ordinal);
        Assert.Contains("✗ open-redteam-p0p1: M-1", run.Out, StringComparison.Ordinal);
        Assert.Contains("Gates of Phase 1: G1 pass, G2 fail, G3 fail, G4 pending", run.Out, StringComparison.Ordinal);
        Assert.Contains("No-Go: open-redteam-p0p1 (M-1)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Outcomes 1→4, Measurement 3→4, Security 2→3, Operability 2→3 → 86.25", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Ends_with_the_review_checklist_of_the_plans_week()
    {
        var run = CliRun.Of("status", "--data", Data);

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith(
            """
            Review checklist
              Which SLOs are still Unknown? not measured: slos.csv defines no SLO
              Which gates failed or are unknown?
                G2 Reliability blockers closed: fail
                G3 Abuse and safety controls in place: fail
              Which incident classes repeated? no incident class repeated
              Which regression tests were added?
                H-1 fixed 2026-02-18, no regression test named
                H-2 fixed 2026-02-18, no regression test named
                WS-1 fixed 2026-02-18, no regression test named
              What was rolled back and why? not measured: events.csv has no rows
              Which findings are past due, and who owns them? no finding is past due
              Which cadence items are overdue? not measured: events.csv has no rows

            """.ReplaceLineEndings("\n"),
            run.Out.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_the_evidence_of_a_week_in_the_validation_window()
    {
        var example = Path.Combine(RepositoryRoot.Path, "examples", "lumen-relay", "data");

        var smoke = CliRun.Of("status", "--data", example, "--week", "2025-12-22");
        var drill = CliRun.Of("status", "--data", example, "--week", "2025-10-27");

        Assert.Equal((0, 0), (smoke.ExitCode, drill.ExitCode));
        Assert.Contains("Validation window: day 14 of the plan's 7–14, from 2025-12-09", smoke.Out, StringComparison.Ordinal);
        Assert.Contains("✗ smoke-e2e-failing: the last 3 required chromium-smoke runs failed", smoke.Out, StringComparison.Ordinal);
        Assert.Contains("CI: chromium-smoke failed 7 in a row", smoke.Out, StringComparison.Ordinal);
        Assert.Contains("✓ G6 pass: rollback drill passed on 2025-10-23 in the validation window 2025-10-21…27; runbook updated on 2025-10-10 (recorded pending)", drill.Out, StringComparison.Ordinal);
        Assert.Contains("! recorded pending, but G6 pass", drill.Out, StringComparison.Ordinal);
        Assert.Contains("Error budget burned in the window (max 25 %): hydra ", drill.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_an_earlier_week_when_asked()
    {
        var run = CliRun.Of("status", "--data", Data, "--week", "2026-02-17");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Week of 2026-02-17", run.Out, StringComparison.Ordinal);
        Assert.Contains("46.25  (first scored week)", run.Out, StringComparison.Ordinal);
        Assert.Contains("open-redteam-p0p1 (H-1, H-2, M-1)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_week_without_scores_is_a_usage_error_listing_the_scored_weeks()
    {
        var run = CliRun.Of("status", "--data", Data, "--week", "2026-03-02");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("week 2026-03-02 has no scores; scored weeks: 2026-02-17, 2026-02-18", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status", "--week", "18/02/2026")]
    [InlineData("status", "--wek", "2026-02-18")]
    [InlineData("stauts")]
    public void A_wrong_command_line_exits_2(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_follows_the_contract_for_both_weeks()
    {
        var run = CliRun.Of("status", "--json", "--data", Data);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(1, json.RootElement.GetProperty("schema").GetInt32());
        var weeks = json.RootElement.GetProperty("weeks").EnumerateArray().ToArray();
        Assert.Equal(["2026-02-17", "2026-02-18"], weeks.Select(w => w.GetProperty("week_of").GetString()));
        Assert.Equal([46.25m, 55.00m], weeks.Select(w => w.GetProperty("total").GetDecimal()));
        Assert.All(weeks, w =>
        {
            Assert.Equal(1, w.GetProperty("phase").GetInt32());
            Assert.Equal("stay", w.GetProperty("decision").GetString());
            Assert.Equal(1, w.GetProperty("next_phase").GetInt32());
            Assert.Equal("stay", w.GetProperty("recorded_decision").GetString());
            Assert.Empty(w.GetProperty("freeze_triggers").EnumerateArray());
            Assert.Equal(8, w.GetProperty("gates").GetArrayLength());
            Assert.Equal(6, w.GetProperty("categories").GetArrayLength());
        });
        Assert.Equal(["open-redteam-p0p1"], weeks[1].GetProperty("no_go").EnumerateArray().Select(c => c.GetString()));
        var g5 = weeks[1].GetProperty("gates").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "G5");
        Assert.Equal("unknown", g5.GetProperty("status").GetString());
        var measurement = weeks[0].GetProperty("categories")[0];
        Assert.Equal("measurement", measurement.GetProperty("key").GetString());
        Assert.Equal(10.00m, measurement.GetProperty("points").GetDecimal());
    }

    [Fact]
    public void Output_has_no_colour_when_redirected_or_when_NO_COLOR_is_set()
    {
        var atTerminal = CliRun.With(new Dictionary<string, string>(), redirected: false, "status", "--data", Data);
        var noColor = CliRun.With(new Dictionary<string, string> { ["NO_COLOR"] = "1" }, redirected: false, "status", "--data", Data);
        var redirected = CliRun.Of("status", "--data", Data);

        Assert.Contains('\u001b', atTerminal.Out);
        Assert.DoesNotContain('\u001b', noColor.Out);
        Assert.DoesNotContain('\u001b', redirected.Out);
    }

    [Fact]
    public void Json_checks_give_each_rule_its_subject_name_and_whether_it_is_met()
    {
        var run = CliRun.Of("status", "--json", "--data", Data);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var week2 = json.RootElement.GetProperty("weeks")[1];
        var checks = week2.GetProperty("checks").EnumerateArray().ToArray();
        Assert.Equal(week2.GetProperty("trace").GetArrayLength(), checks.Length);
        Assert.Equal(
            ["category-min", "total", "gate", "gate", "gate", "gate", "no-go", "no-go", "no-go"],
            checks.Select(c => c.GetProperty("rule").GetString()));

        var outcomes = checks[0];
        Assert.Equal("outcomes", outcomes.GetProperty("subject").GetString());
        Assert.Equal("Reliability Outcomes", outcomes.GetProperty("name").GetString());
        Assert.False(outcomes.GetProperty("met").GetBoolean());
        Assert.Equal("Reliability Outcomes 1 < 2", outcomes.GetProperty("text").GetString());

        var g1 = checks[2];
        Assert.Equal("G1", g1.GetProperty("subject").GetString());
        Assert.Equal("Instrumentation completeness", g1.GetProperty("name").GetString());
        Assert.True(g1.GetProperty("met").GetBoolean());

        Assert.Equal(JsonValueKind.Null, checks[1].GetProperty("subject").ValueKind);
        var unmeasured = checks[7];
        Assert.Equal("slo-consecutive-miss", unmeasured.GetProperty("subject").GetString());
        Assert.Equal(JsonValueKind.Null, unmeasured.GetProperty("met").ValueKind);
    }

    [Fact]
    public void Json_with_a_week_lists_only_that_week()
    {
        var run = CliRun.Of("status", "--json", "--data", Data, "--week", "2026-02-17");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var week = Assert.Single(json.RootElement.GetProperty("weeks").EnumerateArray());
        Assert.Equal("2026-02-17", week.GetProperty("week_of").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("schema").GetInt32());
    }

    [Fact]
    public void Json_with_a_week_without_scores_is_a_usage_error()
    {
        var run = CliRun.Of("status", "--json", "--data", Data, "--week", "2026-03-02");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
    }
}
