using CsCheck;
using Reports.Domain;

namespace Reports.Tests.Builders;

/// <summary>
/// CsCheck generators of valid data sets: weights positive and summing to 100, every week fully
/// scored 0–4, gates of all phases with any status (or none), incidents and findings opened and
/// closed around the weeks, any policy the contract allows, and sometimes a recorded decision.
/// </summary>
public static class DataSetGen
{
    private static readonly DateOnly Origin = new(2026, 1, 5);
    private static readonly string[] Sources = ["red-team", "known-issue", "hardening"];
    private static readonly Decision[] Decisions = [Decision.Stay, Decision.Advance, Decision.Freeze];
    private static readonly GateStatus[] Statuses = [GateStatus.Pass, GateStatus.Fail, GateStatus.Pending, GateStatus.NotApplicable, GateStatus.Unknown];

    /// <summary>One to six categories whose positive weights sum to 100 (cut points of 1–99).</summary>
    public static Gen<Category[]> Rubric { get; } =
        Gen.Int[1, 6].SelectMany(n => Gen.Int[1, 99].ArrayUnique[n - 1].Select(cuts =>
        {
            int[] edges = [0, .. cuts.Order(), 100];
            return Enumerable.Range(0, n)
                .Select(i => DataSetBuilder.Category($"c{i}", $"Category {i}", edges[i + 1] - edges[i]))
                .ToArray();
        }));

    /// <summary>Thresholds anywhere in 0–100 in quarter points (the totals' own grain), minimums 0–4.</summary>
    public static Gen<Policy> Policy { get; } = Gen.Select(
        Gen.Int[1, 3], Gen.Int[0, 400], Gen.Int[0, 4], Gen.Int[0, 400], Gen.Int[0, 4], Gen.Int[0, 400], Gen.Int[0, 4], Gen.Int[1, 3],
        (start, validation, validationMin, reentry, reentryMin, freeze, freezeMin, returnsTo) => Domain.Policy.Default with
        {
            StartPhase = start,
            EnterValidationTotal = validation / 4m,
            EnterValidationMinCategory = validationMin,
            EnterReentryTotal = reentry / 4m,
            EnterReentryMinCategory = reentryMin,
            FreezeTotal = freeze / 4m,
            FreezeMinCategory = freezeMin,
            FreezeReturnsToPhase = returnsTo,
        });

    public static Gen<ReliabilityData> DataSet { get; } =
        from rubric in Rubric
        from policy in Policy
        from gatePhases in Gen.Int[1, 3].Array[0, 5]
        from weekOffsets in Gen.Int[0, 60].ArrayUnique[1, 4]
        from scores in Gen.Int[0, 4].Array[rubric.Length * weekOffsets.Length]
        from statuses in Gen.Int[0, Statuses.Length - 1].Array[gatePhases.Length * weekOffsets.Length]
        from incidents in Gen.Select(Gen.Int[1, 4], Gen.Int[0, 60], Gen.Int[-1, 20]).Array[0, 3]
        from findings in Gen.Select(Gen.Int[0, 3], Gen.Int[0, Sources.Length - 1], Gen.Int[0, 60], Gen.Int[-1, 20]).Array[0, 4]
        from recorded in Gen.Int[-1, Decisions.Length - 1].Array[weekOffsets.Length]
        select Assemble(rubric, policy, gatePhases, [.. weekOffsets.Order()], scores, statuses, incidents, findings, recorded);

    private static ReliabilityData Assemble(
        Category[] rubric,
        Policy policy,
        int[] gatePhases,
        int[] weekOffsets,
        int[] scores,
        int[] statuses,
        (int Severity, int Opened, int Duration)[] incidents,
        (int Priority, int Source, int Opened, int Duration)[] findings,
        int[] recorded)
    {
        var weeks = weekOffsets.Select(Origin.AddDays).ToArray();
        var gates = gatePhases.Select((phase, i) => new GateDefinition($"G{i + 1}", phase, $"Gate {i + 1}", "")).ToArray();
        return new ReliabilityData(
            rubric,
            policy,
            gates,
            [.. weeks.SelectMany((week, w) => rubric.Select((c, i) => new Score(week, c.Key, scores[(w * rubric.Length) + i], "")))],
            [.. weeks.SelectMany((week, w) => gates.Select((g, i) => (g, week, status: Statuses[statuses[(w * gates.Length) + i]])))
                .Where(r => r.status != GateStatus.Unknown)
                .Select(r => new GateResult(r.week, r.g.Id, r.status, "", null))],
            [.. incidents.Select((x, i) => new Incident(
                $"INC-{i + 1}", (Severity)x.Severity, "queue", "", Origin.AddDays(x.Opened), Closed(x.Opened, x.Duration), "", null))],
            [.. findings.Select((x, i) =>
            {
                var closed = Closed(x.Opened, x.Duration);
                var status = closed is null ? FindingStatus.Open : (FindingStatus)(1 + (i % 3));
                return new Finding($"F-{i + 1}", "", (Priority)x.Priority, Sources[x.Source], status, Origin.AddDays(x.Opened), closed, "");
            })],
            [.. weeks.Zip(recorded).Where(p => p.Second >= 0).Select(p => new RecordedDecision(p.First, Decisions[p.Second], ""))]);
    }

    private static DateOnly? Closed(int opened, int duration) => duration < 0 ? null : Origin.AddDays(opened + duration);
}
