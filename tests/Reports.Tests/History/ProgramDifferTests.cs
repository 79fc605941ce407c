using Reports.Domain;
using Reports.History;
using Reports.Scoring;
using static Reports.Tests.Builders.DataSetBuilder;

namespace Reports.Tests.History;

/// <summary>The comparison of two evaluated programs, week by week and record by record.</summary>
public sealed class ProgramDifferTests
{
    private static readonly IReadOnlySet<DateOnly> NoArchive = new HashSet<DateOnly>();

    [Fact]
    public void The_same_program_has_no_changes()
    {
        var report = PlanWeeks().WithPlanEvidence().Evaluate();

        var diff = ProgramDiffer.Compare(report, PlanWeeks().WithPlanEvidence().Evaluate(), NoArchive);

        Assert.True(diff.IsEmpty);
        Assert.Empty(diff.Weeks);
    }

    [Fact]
    public void A_new_week_is_set_against_the_week_before_it()
    {
        var diff = ProgramDiffer.Compare(PlanWeek1().WithPlanEvidence().Evaluate(), PlanWeeks().WithPlanEvidence().Evaluate(), NoArchive);

        var week = Assert.Single(diff.Weeks);
        Assert.Equal(ChangeKind.Added, week.Change);
        Assert.Equal(Date(Week2), week.WeekOf);
        Assert.Equal(Date(Week1), week.Before!.WeekOf);
        Assert.Equal(55.00m, week.After!.Total);
        Assert.Equal(8.75m, week.TotalDelta);
        Assert.Equal(
            [("measurement", 2, 3, 10.00m, 15.00m), ("security", 1, 2, 3.75m, 7.50m)],
            week.Categories.Select(c => (c.Key, c.Before!.Value, c.After!.Value, c.PointsBefore!.Value, c.PointsAfter!.Value)));
        Assert.Equal([new GateChange("G1", "Instrumentation completeness", GateStatus.Fail, GateStatus.Pass)], week.Gates);
        Assert.Equal(["KI-4", "H-1", "H-2", "WS-1"], week.UnresolvedFindings.Removed);
        Assert.Empty(week.Texts);
        Assert.False(week.Restated);
    }

    [Fact]
    public void The_first_week_is_set_against_nothing()
    {
        var empty = new ProgramReport(Empty().Build(), []);

        var week = Assert.Single(ProgramDiffer.Compare(empty, PlanWeek1().Evaluate(), NoArchive).Weeks);

        Assert.Null(week.Before);
        Assert.Null(week.TotalDelta);
        Assert.Equal(6, week.Categories.Count);
        Assert.All(week.Categories, c => Assert.Null(c.Before));
    }

    [Fact]
    public void A_rescored_week_shows_score_points_total_and_rationale_against_the_base()
    {
        var before = PlanWeeks().Evaluate();
        var after = PlanWeeks().WithScore(Week1, "outcomes", 2).Evaluate();

        var diff = ProgramDiffer.Compare(before, after, NoArchive);

        var week = Assert.Single(diff.Weeks);
        Assert.Equal(ChangeKind.Changed, week.Change);
        Assert.Equal(Date(Week1), week.WeekOf);
        Assert.Equal(46.25m, week.Before!.Total);
        Assert.Equal(52.50m, week.After!.Total);
        Assert.Equal(6.25m, week.TotalDelta);
        var outcomes = Assert.Single(week.Categories);
        Assert.Equal(("outcomes", 1, 2, 1, 6.25m), (outcomes.Key, outcomes.Before, outcomes.After, outcomes.Delta, outcomes.PointsDelta));
        Assert.Equal([new TextChange("outcomes", "rationale", "outcomes at 1", "outcomes at 2")], week.Texts);
    }

    [Fact]
    public void A_removed_week_is_reported_with_what_it_was()
    {
        var diff = ProgramDiffer.Compare(PlanWeeks().Evaluate(), PlanWeek1().Evaluate(), NoArchive);

        var week = Assert.Single(diff.Weeks);
        Assert.Equal(ChangeKind.Removed, week.Change);
        Assert.Equal(55.00m, week.Before!.Total);
        Assert.Null(week.After);
    }

    [Fact]
    public void A_change_to_an_archived_week_is_a_restatement_and_a_new_week_is_not()
    {
        var archived = new HashSet<DateOnly> { Date(Week1), Date(Week2) };

        var restated = ProgramDiffer.Compare(PlanWeeks().Evaluate(), PlanWeeks().WithScore(Week1, "ci", 4).Evaluate(), archived);
        var added = ProgramDiffer.Compare(PlanWeek1().Evaluate(), PlanWeeks().Evaluate(), archived);

        Assert.True(Assert.Single(restated.Weeks).Restated);
        Assert.False(Assert.Single(added.Weeks).Restated);
        Assert.Empty(ProgramDiffer.Compare(PlanWeeks().Evaluate(), PlanWeeks().Evaluate(), archived).Restated);
    }

    [Fact]
    public void A_backdated_sev1_incident_changes_the_no_go_of_every_week_it_was_open()
    {
        var before = PlanWeeks().Evaluate();
        var after = PlanWeeks().WithIncident("INC-7", Severity.Sev1, Week1).Evaluate();

        var diff = ProgramDiffer.Compare(before, after, NoArchive);

        Assert.Equal([Date(Week1), Date(Week2)], diff.Weeks.Select(w => w.WeekOf));
        Assert.All(diff.Weeks, w => Assert.Equal(["open-sev1"], w.NoGo.Added));
        Assert.All(diff.Weeks, w => Assert.Equal(["INC-7"], w.OpenIncidents.Added));
        var incident = Assert.Single(diff.Incidents);
        Assert.Equal(ChangeKind.Added, incident.Change);
        Assert.Contains(new FieldChange("severity", null, "sev1"), incident.Fields);
        Assert.DoesNotContain(incident.Fields, f => f.Field == "resolved");
    }

    [Fact]
    public void Findings_are_compared_field_by_field()
    {
        var before = PlanWeek1().WithFinding("KI-4", Priority.P1, "known-issue", Week1).WithFinding("OLD-1", Priority.P3, "hardening", Week1).Evaluate();
        var after = PlanWeek1().WithFinding("KI-4", Priority.P1, "known-issue", Week1, Week2, FindingStatus.Mitigated).WithFinding("NEW-1", Priority.P0, "red-team", Week1).Evaluate();

        var findings = ProgramDiffer.Compare(before, after, NoArchive).Findings;

        Assert.Equal([("KI-4", ChangeKind.Changed), ("NEW-1", ChangeKind.Added), ("OLD-1", ChangeKind.Removed)], findings.Select(f => (f.Id, f.Change)));
        Assert.Equal([new FieldChange("status", "open", "mitigated"), new FieldChange("closed", "", "2026-02-18")], findings[0].Fields);
        Assert.Contains(new FieldChange("priority", "P3", null), findings[2].Fields);
    }

    [Fact]
    public void A_weight_change_moves_points_and_totals_without_a_score_change()
    {
        Category[] rubric =
        [
            Category("measurement", "Measurement Completeness", 25),
            Category("outcomes", "Reliability Outcomes", 20),
            .. PlanRubric.Skip(2),
        ];

        var diff = ProgramDiffer.Compare(PlanWeek1().Evaluate(), PlanWeek1().WithRubric(rubric).Evaluate(), NoArchive);

        Assert.Equal([new FieldChange("weight", "20", "25")], diff.Rubric.Single(r => r.Id == "measurement").Fields);
        var week = Assert.Single(diff.Weeks);
        Assert.Equal(47.50m, week.After!.Total);
        Assert.Equal([(2, 2, 10.00m, 12.50m), (1, 1, 6.25m, 5.00m)], week.Categories.Select(c => (c.Before!.Value, c.After!.Value, c.PointsBefore!.Value, c.PointsAfter!.Value)));
    }

    [Fact]
    public void A_policy_change_is_listed_by_key_and_changes_the_decision_where_it_bites()
    {
        var before = TopScores().WithAllGates(GateStatus.Pass).Evaluate();
        var after = TopScores().WithAllGates(GateStatus.Pass).WithPolicy(p => p with { EnterValidationTotal = 101m }).Evaluate();

        var diff = ProgramDiffer.Compare(before, after, NoArchive);

        Assert.Equal([new FieldChange("enter_validation_total", "85", "101")], diff.Policy);
        var week = Assert.Single(diff.Weeks);
        Assert.Equal((Decision.Advance, Decision.Stay), (week.Before!.Decision, week.After!.Decision));
        Assert.Empty(week.Categories);
    }

    [Fact]
    public void Gate_definitions_and_results_are_both_compared()
    {
        var before = PlanWeeks().WithPlanEvidence().Evaluate();
        var after = PlanWeeks().WithPlanEvidence().WithGate(Week2, "G4", GateStatus.Pass)
            .WithGateDefinitions(PlanGates.Select(g => g.Id == "G4" ? g with { Name = "CI gates" } : g)).Evaluate();

        var diff = ProgramDiffer.Compare(before, after, NoArchive);

        Assert.Equal([new FieldChange("name", "CI and test gate minimums", "CI gates")], Assert.Single(diff.Gates).Fields);
        var week = Assert.Single(diff.Weeks);
        Assert.Equal([new GateChange("G4", "CI gates", GateStatus.Pending, GateStatus.Pass)], week.Gates);
        Assert.Empty(week.Texts); // the builder writes the same evidence for both statuses
    }

    [Fact]
    public void A_recorded_decision_and_its_note_are_changes_to_the_week()
    {
        var before = PlanWeek1().WithRecorded(Week1, Decision.Stay, "baseline").Evaluate();
        var after = PlanWeek1().WithRecorded(Week1, Decision.Advance, "we think so").Evaluate();

        var week = Assert.Single(ProgramDiffer.Compare(before, after, NoArchive).Weeks);

        Assert.Equal((Decision.Stay, Decision.Advance), (week.Before!.Recorded!.Decision, week.After!.Recorded!.Decision));
        Assert.Equal([new TextChange("decision", "note", "baseline", "we think so")], week.Texts);
    }
}
