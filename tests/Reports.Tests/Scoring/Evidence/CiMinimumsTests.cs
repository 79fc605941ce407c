using Reports.Domain;
using Reports.Tests.Builders;

namespace Reports.Tests.Scoring.Evidence;

/// <summary>G4 on the week of 2026-02-18: required checks in the 7 days before, a nightly in the 2, 20 runs each without flakes.</summary>
public sealed class CiMinimumsTests
{
    [Fact]
    public void Should_pass_with_20_clean_runs_of_each_required_check_and_a_recent_nightly()
    {
        var week = Runs(20).EvaluateLatest();

        Assert.Equal(GateStatus.Pass, week.Gate("G4").Status);
        Assert.StartsWith("G4 pass: typecheck, test, chromium-smoke ran in 2026-02-12…18; firefox-nightly ran on 2026-02-17", week.Gate("G4").Trace, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_be_pending_with_19_runs_for_lack_of_runs()
    {
        var week = Runs(19).EvaluateLatest();

        Assert.Equal("G4 pending: typecheck has 19 of 20 runs; test has 19 of 20 runs; chromium-smoke has 19 of 20 runs", week.Gate("G4").Trace);
    }

    [Fact]
    public void Should_not_count_a_cancelled_run_among_the_20()
    {
        var week = Runs(19).WithRun("test", "2026-02-18T12:00:00Z", CiResult.Cancelled).EvaluateLatest();
        var twenty = Runs(19).WithRun("typecheck", "2026-02-18T12:00:00Z", CiResult.Pass)
            .WithRun("test", "2026-02-18T12:00:00Z", CiResult.Pass).WithRun("chromium-smoke", "2026-02-18T12:00:00Z", CiResult.Pass).EvaluateLatest();

        Assert.Equal(GateStatus.Pending, week.Gate("G4").Status);
        Assert.Equal(GateStatus.Pass, twenty.Gate("G4").Status);
    }

    [Fact]
    public void Should_fail_with_one_flaky_run_in_20_which_is_5_percent()
    {
        var week = Runs(19).WithRun("test", "2026-02-18T12:00:00Z", CiResult.Flaky).EvaluateLatest();

        Assert.Equal(GateStatus.Fail, week.Gate("G4").Status);
        Assert.Contains("test 1 flaky of 20 runs (5.00 % ≥ 2 %)", week.Gate("G4").Trace, StringComparison.Ordinal);
        Assert.Equal(5m, week.Evidence.Ci.FlakeRates.Single(r => r.Key == "test").Value);
    }

    [Fact]
    public void Should_fail_when_the_nightly_is_older_than_two_days_or_a_required_check_did_not_run_this_week()
    {
        var staleNightly = Runs(20, nightly: "2026-02-16").EvaluateLatest();
        var oldRuns = Runs(20, last: "2026-02-11").EvaluateLatest();

        Assert.Equal("G4 fail: firefox-nightly last ran on 2026-02-16, not in 2026-02-17…18", staleNightly.Gate("G4").Trace);
        Assert.StartsWith("G4 fail: no required run of typecheck, test, chromium-smoke in 2026-02-12…18", oldRuns.Gate("G4").Trace, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_fail_when_the_only_recent_runs_are_not_required()
    {
        var week = Runs(20, last: "2026-02-11")
            .WithRun("typecheck", "2026-02-18", CiResult.Pass, required: false)
            .WithRun("test", "2026-02-18", CiResult.Pass).WithRun("chromium-smoke", "2026-02-18", CiResult.Pass)
            .EvaluateLatest();

        Assert.StartsWith("G4 fail: no required run of typecheck in 2026-02-12…18", week.Gate("G4").Trace, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(19, null, "Pending", "Pending")]
    [InlineData(19, "Flaky", "Pending", "Fail")]
    [InlineData(20, null, "Pass", "Pass")]
    public void Should_give_each_required_check_the_state_the_gate_reads(int runs, string? lastTestRun, string typecheck, string test)
    {
        var builder = Runs(runs);
        if (lastTestRun is not null)
        {
            builder.WithRun("test", "2026-02-18T12:00:00Z", Enum.Parse<CiResult>(lastTestRun));
        }

        var data = builder.Build();
        var evidence = Reports.Scoring.Evidence.EvidenceIndex.From(data);
        var state = (string check) => Reports.Scoring.Evidence.RequiredCheckState.Of(check, DataSetBuilder.Date("2026-02-18"), data.Policy.Evidence, evidence).Status;

        Assert.Equal(Enum.Parse<GateStatus>(typecheck), state("typecheck"));
        Assert.Equal(Enum.Parse<GateStatus>(test), state("test"));
        Assert.Equal(Enum.Parse<GateStatus>(test), builder.EvaluateLatest().Gate("G4").Status);
    }

    /// <summary>
    /// <paramref name="count"/> passing runs of each required check, one an hour, the last on <paramref name="last"/>
    /// at 10:00Z and earlier ones the hours before; a nightly run on <paramref name="nightly"/>.
    /// </summary>
    private static DataSetBuilder Runs(int count, string last = "2026-02-18", string nightly = "2026-02-17")
    {
        var data = DataSetBuilder.PlanWeek2().WithComputedGates("G4").WithRun("firefox-nightly", nightly, CiResult.Pass);
        var end = new DateTimeOffset(DataSetBuilder.Date(last).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        foreach (var check in new[] { "typecheck", "test", "chromium-smoke" })
        {
            for (var i = count - 1; i >= 0; i--)
            {
                data.WithRun(check, end.AddHours(-i).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), CiResult.Pass);
            }
        }

        return data;
    }
}
