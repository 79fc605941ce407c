using Reports.Domain;
using Reports.Scoring;
using static Reports.Tests.Builders.DataSetBuilder;

namespace Reports.Tests.Scoring;

/// <summary>The uplift plan toward the next threshold: fewest single-level raises, below-minimum categories first.</summary>
public sealed class UpliftPlannerTests
{
    private static IEnumerable<string> Steps(UpliftPlan plan) => plan.Steps.Select(s => $"{s.Category.Key} {s.From}→{s.To}");

    [Fact]
    public void Should_reproduce_the_contracts_example_for_plan_week_2()
    {
        var plan = PlanWeek2().EvaluateLatest().Uplift;

        Assert.Equal(["outcomes 1→4", "measurement 3→4", "security 2→3", "operability 2→3"], Steps(plan));
        Assert.Equal(55.00m, plan.CurrentTotal);
        Assert.Equal(86.25m, plan.ResultingTotal);
        Assert.False(plan.AlreadyMet);
    }

    [Fact]
    public void Should_be_already_met_when_the_week_meets_its_target()
    {
        var plan = TopScores().EvaluateLatest().Uplift;

        Assert.True(plan.AlreadyMet);
        Assert.Empty(plan.Steps);
        Assert.Equal(100.00m, plan.ResultingTotal);
        Assert.Equal(0m, plan.Distance);
    }

    [Fact]
    public void Should_aim_at_enter_reentry_after_advancing_from_phase_1()
    {
        var week = Empty().WithWeek(Week1, 4, 4, 3, 3, 2, 4).WithPhaseGates(1, GateStatus.Pass).EvaluateLatest();

        Assert.Equal(2, week.NextPhase);
        Assert.Equal("enter re-entry", week.Uplift.TargetName);
        Assert.Equal(90m, week.Uplift.TargetTotal);
        Assert.Equal(3, week.Uplift.TargetMinCategory);
        Assert.Equal(["operability 2→3", "ci 3→4"], Steps(week.Uplift));
        Assert.Equal(92.50m, week.Uplift.ResultingTotal);
    }

    [Fact]
    public void Should_aim_at_staying_clear_of_freeze_in_phase_3()
    {
        var week = Empty().WithWeek(Week1, 4, 4, 3, 2, 2, 4).WithPolicy(p => p with { StartPhase = 3, FreezeReturnsToPhase = 3 }).EvaluateLatest();

        Assert.Equal(Decision.Freeze, week.Decision);
        Assert.Equal("stay clear of freeze", week.Uplift.TargetName);
        Assert.Equal(["security 2→3"], Steps(week.Uplift));
        Assert.Equal(85.00m, week.Uplift.ResultingTotal);
    }

    [Fact]
    public void Should_aim_at_enter_validation_after_a_freeze_back_to_phase_1()
    {
        var week = Empty().WithWeek(Week1, 4, 4, 3, 2, 2, 4).WithPolicy(p => p with { StartPhase = 3 }).EvaluateLatest();

        Assert.Equal(1, week.NextPhase);
        Assert.Equal("enter validation", week.Uplift.TargetName);
    }

    [Fact]
    public void Should_lift_a_category_to_the_minimum_even_when_the_total_is_already_met()
    {
        var plan = TopScores().WithScore("discipline", 1).EvaluateLatest().Uplift;

        Assert.Equal(["discipline 1→2"], Steps(plan));
        Assert.Equal(95.00m, plan.ResultingTotal);
    }

    [Fact]
    public void Should_prefer_the_lower_current_score_then_rubric_order_between_equal_raises()
    {
        var plan = UpliftPlanner.Plan(
            Categories(("a", 30, 3), ("b", 30, 2), ("c", 30, 2), ("d", 10, 4)),
            new PhaseThreshold("t", 75m, 0));

        // 22.50 + 15 + 15 + 10 = 62.50; two raises of 7.50 are needed: b first (lower than a, before c), then c.
        Assert.Equal(["b 2→3", "c 2→3"], Steps(plan));
        Assert.Equal(77.50m, plan.ResultingTotal);
    }

    [Fact]
    public void Should_raise_the_category_worth_most_points_first()
    {
        var plan = UpliftPlanner.Plan(
            Categories(("light", 10, 0), ("heavy", 90, 3)),
            new PhaseThreshold("t", 75m, 0));

        Assert.Equal(["heavy 3→4"], Steps(plan));
    }

    [Fact]
    public void Should_lift_below_minimum_categories_before_larger_raises()
    {
        var plan = UpliftPlanner.Plan(
            Categories(("light", 10, 0), ("heavy", 90, 2)),
            new PhaseThreshold("t", 50m, 1));

        Assert.Equal(["light 0→1", "heavy 2→3"], Steps(plan));
        Assert.Equal(70.00m, plan.ResultingTotal);
    }

    [Fact]
    public void Should_raise_everything_to_4_when_the_target_cannot_be_reached()
    {
        var plan = PlanWeek2().WithPolicy(p => p with { EnterValidationTotal = 101m }).EvaluateLatest().Uplift;

        Assert.Equal(["outcomes 1→4", "measurement 3→4", "security 2→4", "operability 2→4", "ci 3→4", "discipline 3→4"], Steps(plan));
        Assert.Equal(100.00m, plan.ResultingTotal);
        Assert.True(plan.ResultingTotal < plan.TargetTotal);
    }

    private static List<CategoryResult> Categories(params (string Key, int Weight, int Score)[] rows) =>
        [.. rows.Select(r => new CategoryResult(Category(r.Key, r.Key, r.Weight), r.Score, r.Score * r.Weight / 4m, null, ""))];
}
