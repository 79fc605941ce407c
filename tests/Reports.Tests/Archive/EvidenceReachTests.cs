using System.Globalization;
using Reports.Archive;
using Reports.Domain;
using Reports.Tests.Builders;

namespace Reports.Tests.Archive;

/// <summary>How far back a snapshot keeps CI runs: the smoke No-Go counts failures in a row, however many.</summary>
public sealed class EvidenceReachTests
{
    [Fact]
    public void Should_keep_a_smoke_failure_streak_longer_than_the_flake_window_and_the_run_that_ended_it()
    {
        // One required smoke run a day up to the week of 2026-02-18: four passes, then 26 failures in a row.
        var data = DataSetBuilder.PlanWeek2().WithComputedGates();
        var week = DataSetBuilder.Date("2026-02-18");
        for (var back = 29; back >= 0; back--)
        {
            var day = week.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T10:00:00Z";
            data.WithRun("chromium-smoke", day, back <= 25 ? CiResult.Fail : CiResult.Pass);
        }

        var built = data.Build();
        var reach = EvidenceReach.Of(built, data.EvaluateLatest());

        Assert.True(built.Policy.Evidence.FlakeWindowRuns < 26, "the streak must be longer than the flake window");
        Assert.True(reach.Reads("chromium-smoke", week.AddDays(-25)), "the first failure of the streak");
        Assert.True(reach.Reads("chromium-smoke", week.AddDays(-26)), "the pass that ended the streak before it");
        Assert.False(reach.Reads("chromium-smoke", week.AddDays(-27)), "runs before that pass are read by no rule");
    }
}
