using System.Globalization;
using CsCheck;
using Reports.Domain;
using Reports.Scoring;
using Reports.Scoring.Evidence;

namespace Reports.Tests.Scoring.Evidence;

/// <summary>On random evidence, the rules agree with <see cref="SimpleEvidenceRules"/>, a plain second reading of the contract.</summary>
public sealed class EvidencePropertyTests
{
    [Fact]
    public void Should_agree_with_a_simple_implementation_of_the_contract_on_random_evidence()
    {
        EvidenceGen.Program.Sample(
            data =>
            {
                var report = ProgramEvaluator.Evaluate(data);
                var simple = new SimpleEvidenceRules(data);
                var windows = simple.Windows([.. report.Weeks.Select(w => (w.WeekOf, w.Phase))]);
                for (var i = 0; i < report.Weeks.Count; i++)
                {
                    var week = report.Weeks[i];
                    var d = week.WeekOf;
                    var at = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    var window = windows[i];

                    Assert.Equal(window, week.Evidence.ValidationWindow is DayRange r ? (r.First, r.Days) : null);
                    Assert.Equal((at, data.Evidence.CiRuns.Count > 0 ? simple.G4(d) : Recorded(data, d, "G4"), week.Gate("G4").Trace), (at, week.Gate("G4").Status, week.Gate("G4").Trace));
                    Assert.Equal((at, simple.G5(d), week.Gate("G5").Trace), (at, week.Gate("G5").Status, week.Gate("G5").Trace));
                    Assert.Equal((at, data.Evidence.Events.Count > 0 ? simple.G6(d, window) : Recorded(data, d, "G6"), week.Gate("G6").Trace), (at, week.Gate("G6").Status, week.Gate("G6").Trace));
                    Assert.Equal((at, simple.G7(d, window), week.Gate("G7").Trace), (at, week.Gate("G7").Status, week.Gate("G7").Trace));
                    Assert.Equal(
                        (at, simple.ConsecutiveMiss(d, window)),
                        (at, week.NoGo("slo-consecutive-miss").State == ConditionState.Active));
                    var smoke = week.NoGo("smoke-e2e-failing").State;
                    Assert.Equal((at, simple.SmokeFailing(d)), (at, smoke == ConditionState.NotMeasured ? (bool?)null : smoke == ConditionState.Active));
                    Assert.Equal(simple.SmokeFailuresInARow(d), week.Evidence.Ci.SmokeFailuresInARow);
                    Assert.Equal(simple.Overdue(d), week.Evidence.Overdue);
                    foreach (var (check, rate) in week.Evidence.Ci.FlakeRates)
                    {
                        Assert.Equal(simple.FlakeRate(check, d), rate);
                    }

                    foreach (var slo in week.Evidence.Slos)
                    {
                        Assert.Equal(simple.SloStatus(slo.Window.Slo, d), EvidenceText.Name(slo.Status));
                        var burn = slo.Burn is not BudgetBurn b ? null : b.IsInfinite ? "inf" : b.Percent!.Value.ToString(CultureInfo.InvariantCulture);
                        Assert.Equal(Normalized(simple.Burn(slo.Window.Slo, d, window)), Normalized(burn));
                    }
                }
            },
            iter: 400,
            threads: 1);
    }

    /// <summary>Where the rule's file has no rows, the recorded status stands, or unknown.</summary>
    private static GateStatus Recorded(ReliabilityData data, DateOnly week, string gate) =>
        data.GateResults.FirstOrDefault(r => r.WeekOf == week && r.Gate == gate)?.Status ?? GateStatus.Unknown;

    /// <summary>The same number written once: 25.00 and 25.0 are one value in decimal arithmetic.</summary>
    private static string? Normalized(string? percent) => percent is null or "inf"
        ? percent
        : decimal.Parse(percent, CultureInfo.InvariantCulture).ToString("G29", CultureInfo.InvariantCulture);
}
