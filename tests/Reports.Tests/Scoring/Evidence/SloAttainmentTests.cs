using Reports.Domain;
using Reports.Scoring.Evidence;
using static Reports.Tests.Scoring.Evidence.EvidenceWeeks;

namespace Reports.Tests.Scoring.Evidence;

/// <summary>G5 over the 7 days ending on 2026-03-09: 2026-03-03…09.</summary>
public sealed class SloAttainmentTests
{
    [Fact]
    public void Should_pass_when_every_slo_exactly_meets_its_objective_over_the_window()
    {
        var week = PhaseTwo().WithComputedGates("G5").WithSlo("video-avail", "video", 99.5m)
            .WithSloDays(WindowFirst, Week, "video-avail", 995, 1000)
            .Latest();

        var g5 = week.Gate("G5");
        Assert.Equal(GateStatus.Pass, g5.Status);
        Assert.Equal(GateSource.Computed, g5.Source);
        Assert.Equal("G5 pass: video-avail 99.50 % ≥ 99.5 % over 2026-03-03…09", g5.Trace);
        Assert.Equal(SloStatus.Met, Assert.Single(week.Evidence.Slos).Status);
    }

    [Fact]
    public void Should_fail_with_the_attainment_rounded_toward_the_miss()
    {
        var week = PhaseTwo().WithComputedGates("G5").WithSlo("video-avail", "video", 99.5m)
            .WithSloDays(WindowFirst, "2026-03-08", "video-avail", 995, 1000)
            .WithSloDay(Week, "video-avail", 994, 1000)
            .Latest();

        // 6,964 of 7,000 is 99.4857…%: printed as 99.48, never as a rounded-up 99.49 or 99.50.
        Assert.Equal("G5 fail: video-avail 99.48 % < 99.5 % over 2026-03-03…09", week.Gate("G5").Trace);
        Assert.Equal(GateStatus.Fail, week.Gate("G5").Status);
        Assert.Equal(Decision.Stay, week.Decision);
    }

    [Fact]
    public void Should_count_the_windows_first_day_and_not_the_day_before()
    {
        var before = PhaseTwo().WithComputedGates("G5").WithSlo("s", "video", 99m)
            .WithSloDay("2026-03-02", "s", 0, 1000)
            .WithSloDays(WindowFirst, Week, "s", 1000, 1000);
        var first = PhaseTwo().WithComputedGates("G5").WithSlo("s", "video", 99m)
            .WithSloDay(WindowFirst, "s", 0, 1000)
            .WithSloDays("2026-03-04", Week, "s", 1000, 1000);

        Assert.Equal(GateStatus.Pass, before.Latest().Gate("G5").Status);
        Assert.Equal(GateStatus.Fail, first.Latest().Gate("G5").Status);
    }

    [Fact]
    public void Should_be_pending_when_a_day_of_the_window_is_unknown_or_nothing_had_traffic()
    {
        var missingLastDay = PhaseTwo().WithComputedGates("G5").WithSlo("s", "video", 99m)
            .WithSloDays(WindowFirst, "2026-03-08", "s", 1000, 1000).Latest();
        var noTraffic = PhaseTwo().WithComputedGates("G5").WithSlo("s", "video", 99m)
            .WithSloDays(WindowFirst, Week, "s", 0, 0).Latest();

        Assert.Equal("G5 pending: s has no result for 1 day over 2026-03-03…09", missingLastDay.Gate("G5").Trace);
        Assert.Equal(GateStatus.Pending, noTraffic.Gate("G5").Status);
        Assert.Null(Assert.Single(noTraffic.Evidence.Slos).Window.Attainment);
    }

    [Fact]
    public void Should_fail_while_a_sev1_was_open_on_any_day_of_the_window()
    {
        PhaseTwoWithGoodSlo(out var good);
        var openOnFirstDay = good.WithIncident("INC-9", Severity.Sev1, "2026-02-20", "2026-03-04").Latest();
        PhaseTwoWithGoodSlo(out var good2);
        var resolvedOnFirstDay = good2.WithIncident("INC-9", Severity.Sev1, "2026-02-20", WindowFirst).Latest();

        Assert.Equal("G5 fail: Sev-1 INC-9 open over 2026-03-03…09", openOnFirstDay.Gate("G5").Trace);
        Assert.Equal(GateStatus.Pass, resolvedOnFirstDay.Gate("G5").Status);
    }

    [Fact]
    public void Should_not_count_a_sev1_resolved_on_the_day_it_opened()
    {
        PhaseTwoWithGoodSlo(out var data);

        Assert.Equal(GateStatus.Pass, data.WithIncident("INC-9", Severity.Sev1, "2026-03-05", "2026-03-05").Latest().Gate("G5").Status);
    }

    private static void PhaseTwoWithGoodSlo(out Builders.DataSetBuilder data) =>
        data = PhaseTwo().WithComputedGates("G5").WithSlo("s", "video", 99m).WithSloDays(WindowFirst, Week, "s", 1000, 1000);
}
