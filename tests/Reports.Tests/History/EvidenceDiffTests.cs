using Reports.Domain;
using Reports.History;
using static Reports.Tests.Builders.DataSetBuilder;

namespace Reports.Tests.History;

/// <summary>A change to the evidence rows that flips a computed gate or a No-Go condition is reported, with the numbers that flipped it.</summary>
public sealed class EvidenceDiffTests
{
    private static readonly DiffSide Base = new("origin/main", DiffSide.GitRef, "0123456789abcdef0123456789abcdef01234567");
    private static readonly DiffSide Head = DiffSide.OfFolder("data");

    [Fact]
    public void A_missed_slo_day_flips_the_computed_gate_and_the_comment_says_why()
    {
        var before = Slo(1000).Evaluate();
        var after = Slo(900).Evaluate();

        var diff = ProgramDiffer.Compare(before, after, new HashSet<DateOnly>());

        var week = diff.Weeks.Single(w => w.WeekOf == Date(Week2));
        var gate = Assert.Single(week.Gates);
        Assert.Equal(("G5", GateStatus.Pass, GateStatus.Fail), (gate.Id, gate.Before, gate.After));
        // (6 × 1000 + 900) / 7000 = 98.5714…, printed rounded down.
        Assert.StartsWith("G5 fail: video-join 98.57 % < 99.5 % over 2026-02-12…18", gate.Trace, StringComparison.Ordinal);
        var comment = DiffMarkdown.Write(diff, Base, Head);
        Assert.Contains("| Gate G5 · SLO attainment (rolling 7-day window) | pass | fail | G5 fail: video-join 98.57 % < 99.5 % over 2026-02-12…18", comment.Replace("&lt;", "<", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_third_failed_smoke_run_activates_the_no_go_in_the_comment()
    {
        var before = Smoke(CiResult.Pass).Evaluate();
        var after = Smoke(CiResult.Fail).Evaluate();

        var diff = ProgramDiffer.Compare(before, after, new HashSet<DateOnly>());

        var week = diff.Weeks.Single(w => w.WeekOf == Date(Week2));
        Assert.Equal(["smoke-e2e-failing"], week.NoGo.Added);
        Assert.Contains("smoke-e2e-failing", DiffMarkdown.Write(diff, Base, Head), StringComparison.Ordinal);
    }

    private static Builders.DataSetBuilder Slo(long goodOnTheLastDay) => PlanWeeks()
        .WithComputedGates("G5")
        .WithSlo("video-join", "video", 99.5m)
        .WithSloDays("2026-02-10", "2026-02-17", "video-join", 1000, 1000)
        .WithSloDay(Week2, "video-join", goodOnTheLastDay, 1000);

    private static Builders.DataSetBuilder Smoke(CiResult third) => PlanWeeks()
        .WithRun("chromium-smoke", "2026-02-17T10:00:00Z", CiResult.Fail)
        .WithRun("chromium-smoke", "2026-02-18T09:00:00Z", CiResult.Fail)
        .WithRun("chromium-smoke", "2026-02-18T10:00:00Z", third);
}
