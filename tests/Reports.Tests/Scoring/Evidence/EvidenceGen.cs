using CsCheck;
using Reports.Domain;
using Reports.Tests.Builders;

namespace Reports.Tests.Scoring.Evidence;

/// <summary>
/// Random programs with random evidence: two to five weekly scored weeks starting in phase 1 or 2 (gates G1–G3 recorded
/// pass, G4–G8 computed), one to three SLOs with daily results that are sometimes missing or without traffic, CI runs of
/// the four checks at any hour and offset, events, a Sev-1 now and then, and small policy windows so edges are common.
/// </summary>
internal static class EvidenceGen
{
    public static readonly DateOnly FirstWeek = new(2026, 3, 2);
    private static readonly string[] Checks = ["typecheck", "test", "chromium-smoke", "firefox-nightly"];
    private static readonly string[] Pillars = ["video", "queue"];
    private static readonly decimal[] Objectives = [90m, 99m, 99.5m, 99.9m];
    private static readonly long[] Totals = [0, 1, 10, 1000];
    private static readonly CiResult[] Results = [CiResult.Pass, CiResult.Pass, CiResult.Fail, CiResult.Flaky, CiResult.Cancelled];
    private static readonly EventKind[] Kinds = [EventKind.RollbackDrill, EventKind.RunbookUpdate, EventKind.RedTeamSpotCheck, EventKind.Rollback];
    private static readonly EventOutcome[] Outcomes = [EventOutcome.Pass, EventOutcome.Fail, EventOutcome.Done];
    private static readonly TimeSpan[] Offsets = [TimeSpan.Zero, TimeSpan.FromHours(-5), TimeSpan.FromHours(9)];

    public static Gen<ReliabilityData> Program { get; } =
        from startPhase in Gen.Int[1, 2]
        from weeks in Gen.Int[2, 5]
        from scores in Gen.Int[3, 4].Array[weeks * 6]
        from slos in Gen.Select(Gen.Int[0, Pillars.Length - 1], Gen.Int[0, Objectives.Length - 1]).Array[1, 3]
        from days in Gen.Select(Gen.Int[0, 9], Gen.Int[0, Totals.Length - 1], Gen.Int[0, 3]).Array[slos.Length * DayCount(weeks)]
        from runs in Gen.Select(Gen.Int[0, Checks.Length - 1], Gen.Int[-12, (weeks * 7) + 2], Gen.Int[0, 23 * 60], Gen.Int[0, Offsets.Length - 1], Gen.Int[0, Results.Length - 1], Gen.Int[0, 9]).Array[0, 90]
        from events in Gen.Select(Gen.Int[0, Kinds.Length - 1], Gen.Int[0, Outcomes.Length - 1], Gen.Int[-20, weeks * 7]).Array[0, 6]
        from sev1 in Gen.Select(Gen.Int[-10, weeks * 7], Gen.Int[-1, 6]).Array[0, 1]
        from windowDays in Gen.Int[2, 7]
        from periodDays in Gen.Int[1, 30]
        from flakeRuns in Gen.Int[2, 5]
        from smokeFailures in Gen.Int[1, 3]
        from missDays in Gen.Int[1, 3]
        select Assemble(startPhase, weeks, scores, slos, days, runs, events, sev1, EvidencePolicy.Default with
        {
            SloWindowDays = windowDays,
            ErrorBudgetPeriodDays = periodDays,
            FlakeWindowRuns = flakeRuns,
            FlakeRateMax = 25m,
            SmokeConsecutiveFailures = smokeFailures,
            SloConsecutiveMissDays = missDays,
            RollbackDrillEveryDays = 10,
            RedTeamSpotCheckEveryDays = 5,
        });

    /// <summary>Days with possible SLO results: from 35 days before the first week through the last week.</summary>
    private static int DayCount(int weeks) => 35 + ((weeks - 1) * 7) + 1;

    private static ReliabilityData Assemble(
        int startPhase,
        int weeks,
        int[] scores,
        (int Pillar, int Objective)[] slos,
        (int Presence, int Total, int Missing)[] days,
        (int Check, int Day, int Minute, int Offset, int Result, int Optional)[] runs,
        (int Kind, int Outcome, int Day)[] events,
        (int Opened, int Duration)[] sev1,
        EvidencePolicy evidence)
    {
        var data = DataSetBuilder.Empty()
            .WithPolicy(p => p with { StartPhase = startPhase, Evidence = evidence })
            .WithComputedGates();
        for (var w = 0; w < weeks; w++)
        {
            var week = Iso(FirstWeek.AddDays(7 * w));
            data.WithWeek(week, [.. scores.Skip(w * 6).Take(6)]);
            data.WithPhaseGates(week, 1, GateStatus.Pass);
        }

        for (var s = 0; s < slos.Length; s++)
        {
            data.WithSlo($"s{s}", Pillars[slos[s].Pillar], Objectives[slos[s].Objective]);
            for (var d = 0; d < DayCount(weeks); d++)
            {
                var (presence, total, missing) = days[(s * DayCount(weeks)) + d];
                if (presence > 0)
                {
                    var all = Totals[total];
                    var bad = Math.Min(all, missing switch { 0 => 0, 1 => 1, 2 => all / 100, _ => all / 2 });
                    data.WithSloDay(Iso(FirstWeek.AddDays(d - 35)), $"s{s}", all - bad, all);
                }
            }
        }

        foreach (var run in runs)
        {
            var local = FirstWeek.AddDays(run.Day).ToDateTime(TimeOnly.MinValue).AddMinutes(run.Minute);
            var at = new DateTimeOffset(local, Offsets[run.Offset]);
            data.WithRun(Checks[run.Check], at.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture), Results[run.Result], required: run.Optional > 1);
        }

        foreach (var e in events)
        {
            data.WithEvent(Iso(FirstWeek.AddDays(e.Day)), Kinds[e.Kind], Outcomes[e.Outcome]);
        }

        foreach (var (opened, duration) in sev1)
        {
            data.WithIncident("INC-1", Severity.Sev1, Iso(FirstWeek.AddDays(opened)), duration < 0 ? null : Iso(FirstWeek.AddDays(opened + duration)));
        }

        return data.Build();
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
