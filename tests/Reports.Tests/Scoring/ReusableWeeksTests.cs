using CsCheck;
using Reports.Domain;
using Reports.Pipeline;
using Reports.Rendering.Json;
using Reports.Scoring;
using Reports.Tests.Builders;

namespace Reports.Tests.Scoring;

/// <summary>An evaluation that takes weeks back from an earlier one must equal a full evaluation, whatever changed.</summary>
public sealed class ReusableWeeksTests
{
    private static readonly GateStatus[] Statuses = [GateStatus.Pass, GateStatus.Fail, GateStatus.Pending, GateStatus.NotApplicable, GateStatus.Unknown];

    [Fact]
    public void Should_equal_a_full_evaluation_after_any_one_edit()
    {
        var gen = from data in DataSetGen.DataSet
                  from kind in Gen.Int[0, 6]
                  from pick in Gen.Int[0, 1000]
                  from value in Gen.Int[0, 4]
                  select (data, Edit(data, kind, pick, value));

        gen.Sample(
            (data, edited) =>
            {
                var full = ProgramEvaluator.Evaluate(edited);
                var incremental = ProgramEvaluator.Evaluate(edited, ProgramEvaluator.Evaluate(data));
                Assert.Equal(WeeksJson.Write(full), WeeksJson.Write(incremental));
                Assert.Equal(ModelFingerprint.Of(full.Weeks), ModelFingerprint.Of(incremental.Weeks));
            },
            iter: 500,
            threads: 1);
    }

    [Fact]
    public void Should_take_back_every_week_before_an_edited_score_and_none_after_an_edited_incident()
    {
        var data = Weeks(8).WithIncident("INC-1", Severity.Sev2, "2026-01-06", "2026-01-20").Build();
        var earlier = ProgramEvaluator.Evaluate(data);
        var edited = data with { Scores = [.. data.Scores.Select(s => s.WeekOf == data.Weeks[5] && s.Category == "c0" ? s with { Value = 4 - s.Value } : s)] };

        var report = ProgramEvaluator.Evaluate(edited, earlier);

        Assert.All(Enumerable.Range(0, 5), i => Assert.Same(earlier.Weeks[i], report.Weeks[i]));
        Assert.NotSame(earlier.Weeks[5], report.Weeks[5]);
        // Week 6 reads week 5's scores as its previous ones.
        Assert.NotSame(earlier.Weeks[6], report.Weeks[6]);

        var reopened = data with { Incidents = [data.Incidents[0] with { Resolved = null }] };
        Assert.All(ProgramEvaluator.Evaluate(reopened, earlier).Weeks, (week, i) => Assert.NotSame(earlier.Weeks[i], week));
    }

    [Fact]
    public void Should_take_back_weeks_after_an_edit_once_what_they_carry_over_is_the_same_again()
    {
        // Week 3's rationale changes; week 4 reads only its scores, total and phase, which stay the same.
        var data = Weeks(6).Build();
        var earlier = ProgramEvaluator.Evaluate(data);
        var edited = data with { Scores = [.. data.Scores.Select(s => s.WeekOf == data.Weeks[3] && s.Category == "c0" ? s with { Rationale = "reworded" } : s)] };

        var report = ProgramEvaluator.Evaluate(edited, earlier);

        Assert.NotSame(earlier.Weeks[3], report.Weeks[3]);
        Assert.Equal("reworded", report.Weeks[3].Categories[0].Rationale);
        Assert.Same(earlier.Weeks[4], report.Weeks[4]);
        Assert.Same(earlier.Weeks[5], report.Weeks[5]);
    }

    [Fact]
    public void Should_take_back_nothing_when_the_rubric_levels_or_policy_pillars_change()
    {
        var data = Weeks(3).Build();
        var earlier = ProgramEvaluator.Evaluate(data);
        var levels = data with { Rubric = [data.Rubric[0] with { Levels = ["a", "b", "c", "d", "e"] }, .. data.Rubric.Skip(1)] };
        var pillars = data with { Policy = data.Policy with { Pillars = ["other"] } };

        Assert.All(ProgramEvaluator.Evaluate(levels, earlier).Weeks, (week, i) => Assert.NotSame(earlier.Weeks[i], week));
        Assert.All(ProgramEvaluator.Evaluate(pillars, earlier).Weeks, (week, i) => Assert.NotSame(earlier.Weeks[i], week));
    }

    private static DataSetBuilder Weeks(int count)
    {
        var builder = DataSetBuilder.Empty().WithRubric([DataSetBuilder.Category("c0", "Zero", 60), DataSetBuilder.Category("c1", "One", 40)]);
        for (var i = 0; i < count; i++)
        {
            builder = builder.WithWeek(new DateOnly(2026, 1, 5).AddDays(7 * i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i % 5, (i * 3) % 5);
        }

        return builder;
    }

    private static ReliabilityData Edit(ReliabilityData data, int kind, int pick, int value)
    {
        var week = data.Weeks[pick % data.Weeks.Count];
        return kind switch
        {
            0 => data with { Scores = [.. data.Scores.Select((s, i) => i == pick % data.Scores.Count ? s with { Value = value } : s)] },
            1 => data with { Scores = [.. data.Scores.Select((s, i) => i == pick % data.Scores.Count ? s with { Rationale = "edited" } : s)] },
            2 when data.GateResults.Count > 0 => data with
            {
                GateResults = [.. data.GateResults.Select((r, i) => i == pick % data.GateResults.Count ? r with { Status = Statuses[value] } : r)],
            },
            3 => data with { Decisions = [.. data.Decisions.Where(d => d.WeekOf != week), new RecordedDecision(week, (Decision)(value % 3), "edited")] },
            4 when data.Incidents.Count > 0 => data with
            {
                Incidents = [.. data.Incidents.Select((incident, i) => i == pick % data.Incidents.Count ? incident with { Resolved = incident.Resolved is null ? week : null } : incident)],
            },
            // A new record, not `with`: ReliabilityData computes its weeks from the scores when constructed.
            5 when data.Weeks.Count > 1 => new ReliabilityData(
                data.Rubric, data.Policy, data.Gates, [.. data.Scores.Where(s => s.WeekOf != week)], data.GateResults, data.Incidents, data.Findings, data.Decisions),
            _ => data with { Policy = data.Policy with { EnterValidationTotal = value * 25m } },
        };
    }
}
