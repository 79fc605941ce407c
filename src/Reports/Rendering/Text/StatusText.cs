using System.Globalization;
using System.Text;
using Reports.Domain;
using Reports.Scoring;
using Reports.Scoring.Evidence;
using Reports.Scoring.Review;

namespace Reports.Rendering.Text;

/// <summary>A week's scorecard as plain text, laid out like the plan's §11.1 snapshot plus the decision's trace.</summary>
public static class StatusText
{
    private const int RationaleWidth = 64;

    public static string Format(ProgramReport report, WeekResult week, TextPaint paint)
    {
        var text = new StringBuilder();
        var nameWidth = Math.Max("Category".Length, week.Categories.Max(c => c.Category.Name.Length));

        text.Append(paint.Strong(Invariant($"Week of {week.WeekOf:yyyy-MM-dd} · Phase {week.Phase} ({Phases.Name(week.Phase)})"))).Append('\n').Append('\n');
        text.Append(Invariant($"{"Category".PadRight(nameWidth)}  Weight  Score  Points   Δ  Rationale")).Append('\n');
        foreach (var category in week.Categories)
        {
            text.Append(Invariant(
                $"{category.Category.Name.PadRight(nameWidth)}  {category.Category.Weight,6}  {category.Score,5}  {category.Points,6:0.00}  {FormatDelta(category.Delta),2}  {Shorten(category.Rationale)}")).Append('\n');
        }

        text.Append(paint.Strong(Invariant($"{"Total".PadRight(nameWidth)}  {week.Categories.Sum(c => c.Category.Weight),6}  {"",5}  {week.Total,6:0.00}"))).Append(TotalChange(report, week)).Append('\n').Append('\n');

        AppendDecision(text, week, paint);
        AppendGates(text, week, paint);
        AppendEvidence(text, report, week, paint);
        AppendConditions(text, "No-Go", week.NoGo, paint);
        if (week.Phase == Phases.FeatureReentry)
        {
            AppendConditions(text, "Freeze triggers", week.FreezeTriggers, paint);
        }

        AppendUplift(text, week.Uplift);
        AppendOutlook(text, report, week, paint);
        text.Append('\n');
        ChecklistText.Append(text, week.Review, paint);
        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static string TotalChange(ProgramReport report, WeekResult week)
    {
        var index = report.Weeks.ToList().IndexOf(week);
        if (index <= 0 || week.PreviousTotal is not decimal previous)
        {
            return "  (first scored week)";
        }

        return Invariant($"  ({week.Total - previous:+0.00;-0.00;±0.00} from {previous:0.00} on {report.Weeks[index - 1].WeekOf:yyyy-MM-dd})");
    }

    private static void AppendDecision(StringBuilder text, WeekResult week, TextPaint paint)
    {
        var decision = Phases.DescribeDecision(week.Decision, week.Phase, week.NextPhase);
        var painted = week.Decision == Decision.Advance ? paint.Good(decision) : paint.Strong(decision);
        text.Append("Decision: ").Append(painted);
        if (week.Recorded is { } recorded)
        {
            text.Append(Invariant($" (recorded: {ContractText.Name(recorded.Decision)})"));
        }

        text.Append('\n');
        foreach (var step in week.Trace)
        {
            var mark = step.NotMeasured ? "–" : step.Passed ? paint.Good("✓") : paint.Bad("✗");
            text.Append("  ").Append(mark).Append(' ').Append(step.Detail).Append('\n');
        }

        if (week.Discrepancy is { } discrepancy)
        {
            text.Append("  ").Append(paint.Bad("! " + discrepancy)).Append('\n');
        }

        text.Append('\n');
    }

    private static void AppendGates(StringBuilder text, WeekResult week, TextPaint paint)
    {
        var gates = week.PhaseGates.Select(g => Invariant($"{g.Gate.Id} {ContractText.Name(g.Status)}")).ToList();
        text.Append(Invariant($"Gates of Phase {week.Phase}: "))
            .Append(gates.Count == 0 ? "none defined" : string.Join(", ", gates.Select(g => g.EndsWith(" pass", StringComparison.Ordinal) || g.EndsWith(" n/a", StringComparison.Ordinal) ? paint.Good(g) : paint.Bad(g))))
            .Append('\n');
    }

    /// <summary>Computed gates' traces and disagreements, the validation window, SLOs, CI and overdue items: only what the data holds.</summary>
    private static void AppendEvidence(StringBuilder text, ProgramReport report, WeekResult week, TextPaint paint)
    {
        // The phase's own gates are in the decision's trace already.
        foreach (var gate in week.Gates.Where(g => g.Trace is not null && g.Gate.Phase != week.Phase))
        {
            text.Append("  ").Append(gate.Status is GateStatus.Pass ? gate.Trace : paint.Bad(gate.Trace!)).Append('\n');
        }

        foreach (var gate in week.Gates.Where(g => g.Discrepancy is not null))
        {
            text.Append("  ").Append(paint.Bad("! " + gate.Discrepancy)).Append('\n');
        }

        var evidence = week.Evidence;
        var policy = report.Data.Policy.Evidence;
        if (evidence.ValidationWindow is DayRange window)
        {
            text.Append(Invariant($"Validation window: day {window.Days} of the plan's {policy.ValidationWindowMinDays}–{policy.ValidationWindowMaxDays}, from {window.First:yyyy-MM-dd}")).Append('\n');
        }

        if (evidence.Slos.Count > 0)
        {
            text.Append(Invariant($"SLOs over {DayRange.Ending(week.WeekOf, policy.SloWindowDays)}: "))
                .Append(string.Join(", ", evidence.Slos.Select(Slo)))
                .Append('\n');
            if (evidence.PillarBurns.Count > 0)
            {
                text.Append(Invariant($"Error budget burned in the window (max {EvidenceText.Limit(policy.ErrorBudgetBurnMax)}): "))
                    .Append(string.Join(", ", evidence.PillarBurns.Select(p => $"{p.Key} {ErrorBudget.Burned(p.Value, policy.ErrorBudgetBurnMax)}")))
                    .Append('\n');
            }
        }

        if (report.Data.Evidence.CiRuns.Count > 0)
        {
            text.Append(Invariant($"CI: {policy.SmokeCheck} failed {evidence.Ci.SmokeFailuresInARow} in a row; flaky in the last {policy.FlakeWindowRuns} runs: "))
                .Append(string.Join(", ", evidence.Ci.FlakeRates.Select(r => r.Value is decimal rate
                    ? $"{r.Key} {EvidenceText.Percent(rate, policy.FlakeRateMax, MidpointRounding.ToPositiveInfinity)}"
                    : $"{r.Key} no runs")))
                .Append('\n');
        }

        if (evidence.Overdue.Count > 0)
        {
            text.Append("Overdue: ").Append(paint.Bad(string.Join(", ", evidence.Overdue.Select(EvidenceText.Name)))).Append('\n');
        }

        static string Slo(SloReport slo) => slo.Window.Attainment is decimal attainment
            ? $"{slo.Id} {EvidenceText.Percent(attainment, slo.Window.Slo.Objective, MidpointRounding.ToNegativeInfinity)} ({EvidenceText.Name(slo.Status)}, objective {EvidenceText.Limit(slo.Window.Slo.Objective)})"
            : $"{slo.Id} no traffic ({EvidenceText.Name(slo.Status)})";
    }

    private static void AppendConditions(StringBuilder text, string title, IReadOnlyList<Condition> conditions, TextPaint paint)
    {
        var active = conditions.Where(c => c.State == ConditionState.Active).ToList();
        var unmeasured = conditions.Where(c => c.State == ConditionState.NotMeasured).ToList();
        text.Append(title).Append(": ").Append(active.Count == 0
            ? paint.Good("none active")
            : string.Join(", ", active.Select(c => paint.Bad(string.IsNullOrEmpty(c.Detail) ? c.Code : $"{c.Code} ({c.Detail})")))).Append('\n');
        if (unmeasured.Count > 0)
        {
            text.Append("  not measured: ").Append(string.Join(", ", unmeasured.Select(c => c.Code))).Append('\n');
        }
    }

    private static void AppendUplift(StringBuilder text, UpliftPlan uplift)
    {
        text.Append(Invariant($"Uplift to {uplift.TargetName} ({uplift.TargetTotal:0.##}, every category ≥ {uplift.TargetMinCategory}): "));
        if (uplift.AlreadyMet)
        {
            text.Append(Invariant($"already met at {uplift.CurrentTotal:0.00}")).Append('\n');
            return;
        }

        text.Append(string.Join(", ", uplift.Steps.Select(s => Invariant($"{s.Category.ShortLabel} {s.From}→{s.To}"))))
            .Append(Invariant($" → {uplift.ResultingTotal:0.00}")).Append('\n');
    }

    private static void AppendOutlook(StringBuilder text, ProgramReport report, WeekResult week, TextPaint paint)
    {
        if (week.Review.TimeInPhase is { } time)
        {
            var sentence = ReviewSentences.TimeInPhase(time);
            text.Append("Time in phase: ").Append(time.PastTarget ? paint.Bad(sentence) : sentence).Append('\n');
        }

        text.Append(week.Phase == Phases.FeatureReentry ? "Freeze margin: " : "Forecast: ")
            .Append(ReviewSentences.Outlook(week.Review, week, report.Data.Policy)).Append('\n');
    }

    private static string FormatDelta(int? delta) => delta switch
    {
        null => "",
        > 0 => Invariant($"+{delta}"),
        _ => Invariant($"{delta}"),
    };

    private static string Shorten(string rationale)
    {
        var flat = string.Join(' ', rationale.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= RationaleWidth)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', RationaleWidth - 1);
        return flat[..(cut > RationaleWidth / 2 ? cut : RationaleWidth - 1)] + "…";
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
