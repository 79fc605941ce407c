using CsCheck;
using Reports.Domain;
using Reports.Scoring;
using Reports.Tests.Builders;

namespace Reports.Tests.Scoring;

/// <summary>Properties that hold for every valid data set, checked on generated ones (seeded by CsCheck, shrunk on failure).</summary>
public sealed class ScoringPropertyTests
{
    private const int Iterations = 300;

    [Fact]
    public void Should_keep_every_total_between_0_and_100_and_equal_to_the_sum_of_points()
    {
        DataSetGen.DataSet.Sample(
            data => Assert.All(ProgramEvaluator.Evaluate(data).Weeks, week =>
            {
                Assert.InRange(week.Total, 0m, 100m);
                Assert.Equal(week.Categories.Sum(c => c.Score * c.Category.Weight / 4m), week.Total);
            }),
            iter: Iterations,
            threads: 1);
    }

    [Fact]
    public void Should_chain_phases_from_the_start_phase_through_each_next_phase()
    {
        DataSetGen.DataSet.Sample(
            data =>
            {
                var weeks = ProgramEvaluator.Evaluate(data).Weeks;
                Assert.Equal(data.Policy.StartPhase, weeks[0].Phase);
                for (var i = 1; i < weeks.Count; i++)
                {
                    Assert.Equal(weeks[i - 1].NextPhase, weeks[i].Phase);
                    Assert.True(weeks[i - 1].WeekOf < weeks[i].WeekOf);
                }

                Assert.All(weeks, w => Assert.Equal(w.Phase == 3 ? 4 : 0, w.FreezeTriggers.Count));
            },
            iter: Iterations,
            threads: 1);
    }

    [Fact]
    public void Should_never_lower_the_total_nor_undo_an_advance_when_one_score_rises()
    {
        var gen = from data in DataSetGen.DataSet
                  from week in Gen.Int[0, 3]
                  from category in Gen.Int[0, 5]
                  select (data, week % data.Weeks.Count, category % data.Rubric.Count);

        gen.Sample(
            (data, weekIndex, categoryIndex) =>
            {
                var weekOf = data.Weeks[weekIndex];
                var key = data.Rubric[categoryIndex].Key;
                var score = data.Scores.Single(s => s.WeekOf == weekOf && s.Category == key);
                if (score.Value == 4)
                {
                    return;
                }

                var raised = data with { Scores = [.. data.Scores.Select(s => s == score ? s with { Value = s.Value + 1 } : s)] };
                var before = ProgramEvaluator.Evaluate(data).Weeks[weekIndex];
                var after = ProgramEvaluator.Evaluate(raised).Weeks[weekIndex];

                // Earlier weeks are untouched, so the raised week is judged in the same phase.
                Assert.Equal(before.Phase, after.Phase);
                Assert.True(after.Total > before.Total);
                if (before.Decision == Decision.Advance)
                {
                    Assert.Equal(Decision.Advance, after.Decision);
                }

                if (before.Phase == 3 && before.Decision == Decision.Stay)
                {
                    Assert.Equal(Decision.Stay, after.Decision);
                }
            },
            iter: Iterations,
            threads: 1);
    }

    [Fact]
    public void Should_plan_an_uplift_that_meets_its_target_with_no_shorter_alternative()
    {
        var gen = from rubric in DataSetGen.Rubric
                  from scores in Gen.Int[0, 4].Array[rubric.Length]
                  from total in Gen.Int[0, 400]
                  from minimum in Gen.Int[0, 4]
                  select (rubric, scores, new PhaseThreshold("target", total / 4m, minimum));

        gen.Sample(
            (rubric, scores, target) =>
            {
                var categories = rubric.Select((c, i) => new CategoryResult(c, scores[i], c.PointsFor(scores[i]), null, "")).ToList();
                var plan = UpliftPlanner.Plan(categories, target);

                var levels = (int[])scores.Clone();
                foreach (var step in plan.Steps)
                {
                    var i = Array.FindIndex(rubric, c => c.Key == step.Category.Key);
                    Assert.Equal(scores[i], step.From);
                    Assert.True(step.To > step.From);
                    Assert.Equal(rubric[i].PointsFor(step.To) - rubric[i].PointsFor(step.From), step.Gain);
                    levels[i] = step.To;
                }

                Assert.Equal(rubric.Select((c, i) => c.PointsFor(levels[i])).Sum(), plan.ResultingTotal);
                Assert.True(plan.ResultingTotal >= target.Total);
                Assert.All(levels, l => Assert.True(l >= target.MinCategory));
                Assert.Equal(FewestRaises(rubric, scores, target), plan.Steps.Sum(s => s.To - s.From));
            },
            iter: Iterations,
            threads: 1);
    }

    /// <summary>Brute force: the fewest single-level raises over every reachable score vector.</summary>
    private static int FewestRaises(Category[] rubric, int[] scores, PhaseThreshold target)
    {
        var best = int.MaxValue;
        var levels = (int[])scores.Clone();
        Search(0);
        return best;

        void Search(int i)
        {
            if (i == rubric.Length)
            {
                var total = rubric.Select((c, k) => c.PointsFor(levels[k])).Sum();
                if (total >= target.Total && levels.All(l => l >= target.MinCategory))
                {
                    best = Math.Min(best, levels.Zip(scores, (l, s) => l - s).Sum());
                }

                return;
            }

            for (levels[i] = scores[i]; levels[i] <= 4; levels[i]++)
            {
                Search(i + 1);
            }

            levels[i] = scores[i];
        }
    }
}
