using Reports.Domain;
using Reports.Rendering.Text;
using Reports.Scoring;
using Reports.Scoring.Review;
using Reports.Tests.Builders;

namespace Reports.Tests.Scoring.Review;

/// <summary>Each question of the weekly review's checklist, pinned at its edges.</summary>
public sealed class ChecklistTests
{
    private const string Monday = "2026-03-02";
    private const string NextMonday = "2026-03-09";

    private static ReviewAnswer Answer<TQuestion>(WeekResult week)
        where TQuestion : IReviewQuestion => week.Review.Checklist.Single(a => a.Question is TQuestion);

    private static string[] Lines<TQuestion>(WeekResult week)
        where TQuestion : IReviewQuestion => [.. Answer<TQuestion>(week).Items.Select(ChecklistText.Line)];

    private static DataSetBuilder TwoWeeks() => DataSetBuilder.Empty().WithWeek(Monday, 2, 2, 2, 2, 2, 2).WithWeek(NextMonday, 2, 2, 2, 2, 2, 2);

    [Fact]
    public void Every_question_is_answered_in_the_listed_order()
    {
        var week = TwoWeeks().EvaluateLatest();

        Assert.Equal(ReviewQuestions.All.Select(q => q.Code), week.Review.Checklist.Select(a => a.Question.Code));
    }

    [Fact]
    public void A_class_repeated_exactly_at_the_windows_edge_counts()
    {
        // The 28 days ending on 2026-03-09 begin on 2026-02-10.
        var week = TwoWeeks()
            .WithClassedIncident("INC-1", "bootstrap-deadlock", "2026-02-10", "2026-02-11")
            .WithClassedIncident("INC-2", "bootstrap-deadlock", NextMonday)
            .EvaluateLatest();

        Assert.Equal(["bootstrap-deadlock: 2 incidents opened over 2026-02-10…03-09 (INC-1, INC-2)"], Lines<RepeatedIncidentClasses>(week));
    }

    [Fact]
    public void A_class_one_day_outside_the_window_does_not_repeat()
    {
        var week = TwoWeeks()
            .WithClassedIncident("INC-1", "bootstrap-deadlock", "2026-02-09", "2026-02-11")
            .WithClassedIncident("INC-2", "bootstrap-deadlock", NextMonday)
            .WithClassedIncident("INC-3", "camera-pinning", "2026-03-01")
            .EvaluateLatest();

        var answer = Answer<RepeatedIncidentClasses>(week);
        Assert.Empty(answer.Items);
        Assert.Equal("no incident class repeated", answer.EmptyText);
    }

    [Fact]
    public void The_repeat_window_comes_from_the_policy()
    {
        var week = TwoWeeks()
            .WithReviewPolicy(r => r with { RepeatWindowDays = 7 })
            .WithClassedIncident("INC-1", "deadlock", "2026-03-03")
            .WithClassedIncident("INC-2", "deadlock", NextMonday)
            .WithClassedIncident("INC-3", "pinning", "2026-03-02")
            .WithClassedIncident("INC-4", "pinning", NextMonday)
            .EvaluateLatest();

        Assert.Equal(["deadlock: 2 incidents opened over 2026-03-03…09 (INC-1, INC-2)"], Lines<RepeatedIncidentClasses>(week));
    }

    [Fact]
    public void Due_today_is_not_overdue_and_due_yesterday_is()
    {
        var week = TwoWeeks()
            .WithReviewPolicy(r => r with { Owner = "Steph" })
            .WithFinding("KI-1", Priority.P0, "known-issue", Monday).WithFindingChange("KI-1", f => f with { Due = DataSetBuilder.Date(NextMonday) })
            .WithFinding("KI-2", Priority.P1, "known-issue", Monday).WithFindingChange("KI-2", f => f with { Due = DataSetBuilder.Date("2026-03-08"), Owner = "Ana" })
            .WithFinding("KI-3", Priority.P2, "known-issue", Monday).WithFindingChange("KI-3", f => f with { Due = DataSetBuilder.Date("2026-03-04") })
            .WithFinding("KI-4", Priority.P0, "known-issue", Monday, "2026-03-05").WithFindingChange("KI-4", f => f with { Due = DataSetBuilder.Date("2026-03-03") })
            .EvaluateLatest();

        Assert.Equal(
            ["KI-3 P2 due 2026-03-04, 5 days past; owner Steph (primary owner)", "KI-2 P1 due 2026-03-08, 1 day past; owner Ana"],
            Lines<FindingsPastDue>(week));
        Assert.Equal(["KI-3", "KI-2"], week.Review.OverdueFindings);
    }

    [Fact]
    public void A_finding_resolved_after_its_due_date_was_overdue_only_until_then()
    {
        var report = TwoWeeks()
            .WithFinding("KI-1", Priority.P0, "known-issue", "2026-02-20", NextMonday).WithFindingChange("KI-1", f => f with { Due = DataSetBuilder.Date("2026-02-27") })
            .Evaluate();

        Assert.Equal(["KI-1 P0 due 2026-02-27, 3 days past; no owner named"], Lines<FindingsPastDue>(report.Weeks[0]));
        Assert.Empty(Lines<FindingsPastDue>(report.Weeks[1]));
    }

    [Fact]
    public void Regression_tests_are_those_of_findings_fixed_since_the_previous_week()
    {
        var week = TwoWeeks()
            .WithFinding("KI-1", Priority.P0, "known-issue", "2026-02-20", Monday)
            .WithFinding("KI-2", Priority.P0, "known-issue", "2026-02-20", "2026-03-03").WithFindingChange("KI-2", f => f with { RegressionTest = "`deadlock.test.ts`" })
            .WithFinding("KI-3", Priority.P1, "known-issue", "2026-02-20", NextMonday)
            .WithFinding("KI-4", Priority.P1, "known-issue", "2026-02-20", NextMonday, FindingStatus.Mitigated)
            .EvaluateLatest();

        Assert.Equal(
            ["KI-2 fixed 2026-03-03, tested by: `deadlock.test.ts`", "KI-3 fixed 2026-03-09, no regression test named"],
            Lines<RegressionTestsAdded>(week));
    }

    [Fact]
    public void Records_listed_out_of_date_order_are_found_by_their_day()
    {
        // The review finds a week's records among the data's sorted by day; the files need not be.
        var week = TwoWeeks()
            .WithClassedIncident("INC-3", "deadlock", NextMonday)
            .WithClassedIncident("INC-0", "deadlock", "2026-01-05", "2026-01-06")
            .WithClassedIncident("INC-1", "deadlock", "2026-02-12", "2026-02-13")
            .WithClassedIncident("INC-2", "deadlock", "2026-03-04")
            .WithFinding("KI-3", Priority.P1, "known-issue", "2026-02-20", NextMonday)
            .WithFinding("KI-0", Priority.P0, "known-issue", "2026-02-01", "2026-02-02")
            .WithFinding("KI-2", Priority.P0, "known-issue", "2026-02-20", "2026-03-03")
            .EvaluateLatest();

        Assert.Equal(["deadlock: 3 incidents opened over 2026-02-10…03-09 (INC-1, INC-2, INC-3)"], Lines<RepeatedIncidentClasses>(week));
        Assert.Equal(
            ["KI-2 fixed 2026-03-03, no regression test named", "KI-3 fixed 2026-03-09, no regression test named"],
            Lines<RegressionTestsAdded>(week));
    }

    [Fact]
    public void The_first_week_covers_the_seven_days_ending_on_its_date()
    {
        var week = DataSetBuilder.Empty().WithWeek(Monday, 2, 2, 2, 2, 2, 2)
            .WithFinding("KI-1", Priority.P0, "known-issue", "2026-02-01", "2026-02-23")
            .WithFinding("KI-2", Priority.P0, "known-issue", "2026-02-01", "2026-02-24")
            .EvaluateLatest();

        Assert.Equal(["KI-2 fixed 2026-02-24, no regression test named"], Lines<RegressionTestsAdded>(week));
    }

    [Fact]
    public void Rollbacks_of_the_week_name_their_reason_and_the_incidents_beside_them()
    {
        var week = TwoWeeks()
            .WithIncident("INC-1", Severity.Sev2, "2026-03-04", "2026-03-05")
            .WithIncident("INC-2", Severity.Sev3, "2026-03-06")
            .WithIncident("INC-3", Severity.Sev3, "2026-03-01", "2026-03-04")
            .WithEvent(Monday, EventKind.Rollback, EventOutcome.Done, "Rolled back 1.4.0", "Outside this week.")
            .WithEvent("2026-03-05", EventKind.Rollback, EventOutcome.Done, "Rolled back 1.4.1", "Joins **failed**.", "https://example.org/r/2")
            .WithEvent("2026-03-05", EventKind.RollbackDrill, EventOutcome.Pass, "A drill", "Not a rollback.")
            .EvaluateLatest();

        Assert.Equal(["2026-03-05: Rolled back 1.4.1 — Joins **failed**. (INC-1) <https://example.org/r/2>"], Lines<Rollbacks>(week));
    }

    [Fact]
    public void Without_events_rollbacks_and_cadence_are_not_measured()
    {
        var week = TwoWeeks().EvaluateLatest();

        Assert.Equal("not measured: events.csv has no rows", Answer<Rollbacks>(week).EmptyText);
        Assert.Equal("not measured: events.csv has no rows", Answer<OverdueCadence>(week).EmptyText);
        Assert.Equal("not measured: slos.csv defines no SLO", Answer<SlosStillUnknown>(week).EmptyText);
    }

    [Fact]
    public void With_events_an_empty_rollback_answer_is_stated()
    {
        var week = TwoWeeks().WithEvent(Monday, EventKind.RedTeamSpotCheck, EventOutcome.Done).EvaluateLatest();

        Assert.Equal("nothing was rolled back this week", Answer<Rollbacks>(week).EmptyText);
        Assert.Null(Answer<Rollbacks>(week).NotMeasured);
    }

    [Fact]
    public void Gates_that_failed_or_are_unknown_are_listed_but_pending_and_passed_are_not()
    {
        var week = TwoWeeks()
            .WithGate("G1", GateStatus.Pass).WithGate("G2", GateStatus.Fail).WithGate("G3", GateStatus.Pending)
            .EvaluateLatest();

        Assert.Equal(["G2 Reliability blockers closed: fail", "G4 CI and test gate minimums: unknown"], Lines<GatesFailedOrUnknown>(week));
    }

    [Fact]
    public void SLOs_without_results_are_still_unknown()
    {
        var week = TwoWeeks()
            .WithSlo("video-join", "video", 99m).WithSloDays("2026-03-03", NextMonday, "video-join", 99, 100)
            .WithSlo("auth-login", "auth", 99m).WithSloDays("2026-03-05", NextMonday, "auth-login", 100, 100)
            .WithSlo("queue-wait", "queue", 99m)
            .EvaluateLatest();

        Assert.Equal(
            ["auth-login auth: 2 of 7 days without results over 2026-03-03…09", "queue-wait queue: no results over 2026-03-03…09"],
            Lines<SlosStillUnknown>(week));
    }

    [Fact]
    public void Overdue_cadence_items_name_the_last_one()
    {
        var week = TwoWeeks()
            .WithEvent("2026-01-20", EventKind.RedTeamSpotCheck, EventOutcome.Done)
            .WithEvent("2026-03-01", EventKind.RollbackDrill, EventOutcome.Pass)
            .EvaluateLatest();

        Assert.Equal(["red-team-spot-check: due every 14 days, last on 2026-01-20"], Lines<OverdueCadence>(week));
    }
}
