using Reports.Domain;
using Reports.Scoring;
using Reports.Tests.Builders;

namespace Reports.Tests.Scoring.Evidence;

/// <summary>
/// Two weeks that enter the validation window: 2026-03-02 in phase 1 advances (every score 4, G1–G4 recorded pass),
/// so 2026-03-09 is in phase 2 with the window 2026-03-03…09, its 7 days, which is also G5's window.
/// </summary>
internal static class EvidenceWeeks
{
    public const string Advance = "2026-03-02";
    public const string Week = "2026-03-09";
    public const string WindowFirst = "2026-03-03";

    public static DataSetBuilder PhaseTwo() => DataSetBuilder.TopScores(Advance)
        .WithWeek(Week, 4, 4, 4, 4, 4, 4)
        .WithPhaseGates(Advance, 1, GateStatus.Pass);

    public static WeekResult Latest(this DataSetBuilder data) => data.EvaluateLatest();

    public static GateState Gate(this WeekResult week, string id) => week.Gates.Single(g => g.Gate.Id == id);

    public static Condition NoGo(this WeekResult week, string code) => week.NoGo.Single(c => c.Code == code);
}
