using System.Globalization;
using Reports.Domain;
using Reports.Scoring.Evidence;
using Reports.Scoring.Review;

namespace Reports.Scoring;

/// <summary>
/// Evaluates the whole program (contract, "Rules, per week, in date order"): points and totals,
/// No-Go conditions, freeze triggers, the phase decision and its trace, the recorded decision and
/// any discrepancy, and the uplift plan toward the next threshold. Pure: same data, same report.
/// </summary>
public static class ProgramEvaluator
{
    /// <param name="data">Validated data: every scored week has a score for every rubric category.</param>
    public static ProgramReport Evaluate(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var scores = data.Scores.ToDictionary(s => (s.WeekOf, s.Category));
        var gateResults = data.GateResults.ToDictionary(r => (r.WeekOf, r.Gate));
        var recorded = new Dictionary<DateOnly, RecordedDecision>();
        foreach (var decision in data.Decisions)
        {
            recorded.TryAdd(decision.WeekOf, decision);
        }

        var openIncidents = new OpenOnDay<Incident>(data.Incidents, i => i.Opened, i => i.Resolved);
        var unresolvedFindings = new OpenOnDay<Finding>(data.Findings, f => f.Opened, f => f.Closed);

        var evidence = EvidenceIndex.From(data);
        var weeks = new List<WeekResult>();
        var phase = data.Policy.StartPhase;
        WeekResult? previous = null;
        foreach (var weekOf in data.Weeks)
        {
            var categories = data.Rubric.Select(c => Categorize(c, ScoreOf(weekOf, c.Key), previous)).ToList();
            var window = ValidationWindowRule.For(weekOf, phase, previous, previous?.Evidence.ValidationWindow, data.Policy.StartValidationWindow);
            var facts = new WeekFacts(
                weekOf,
                phase,
                data.Policy,
                categories.Sum(c => c.Points),
                categories,
                [],
                openIncidents.On(weekOf),
                unresolvedFindings.On(weekOf))
            {
                Evidence = evidence,
                ValidationWindow = window,
            };

            // Gates are decided before the phase: a computed gate's status is the one the decision uses.
            facts = facts with { Gates = [.. data.Gates.Select(g => GateStatusRule.For(g, gateResults.GetValueOrDefault((weekOf, g.Id)), facts))] };
            var recordedDecision = recorded.GetValueOrDefault(weekOf);
            previous = EvaluateWeek(facts, recordedDecision, previous);
            weeks.Add(previous);
            phase = previous.NextPhase;
        }

        // The review looks back over earlier weeks (the period since the last one, the phase's stretch), so it comes last.
        var reviewed = weeks.Zip(WeeklyReview.All(data, weeks), (w, review) => w with { Review = review }).ToList();
        return new ProgramReport(data, reviewed);

        Score ScoreOf(DateOnly weekOf, string category) => scores.TryGetValue((weekOf, category), out var score)
            ? score
            : throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"week {weekOf:yyyy-MM-dd} has no score for '{category}': the loader must reject half-filled weeks"),
                nameof(data));
    }

    private static WeekResult EvaluateWeek(WeekFacts facts, RecordedDecision? recorded, WeekResult? previous)
    {
        var noGo = ContractRules.NoGo.Select(rule => rule.Evaluate(facts)).ToList();
        IReadOnlyList<Condition> freezeTriggers = facts.Phase == PhaseMachine.ReentryPhase
            ? ContractRules.FreezeTriggers.Select(rule => rule.Evaluate(facts)).ToList()
            : [];
        var decision = PhaseMachine.Decide(facts, noGo, freezeTriggers);

        return new WeekResult(
            facts.WeekOf,
            facts.Phase,
            facts.Total,
            previous?.Total,
            facts.Categories,
            facts.Gates,
            noGo,
            freezeTriggers,
            decision.Decision,
            decision.NextPhase,
            decision.Trace,
            recorded,
            DiscrepancyExplainer.Explain(recorded, facts.Phase, decision),
            UpliftPlanner.Plan(facts.Categories, PhaseThreshold.For(decision.NextPhase, facts.Policy)),
            facts.OpenIncidents,
            facts.UnresolvedFindings)
        {
            Evidence = WeekEvidence.Of(facts),
        };
    }

    private static CategoryResult Categorize(Category category, Score score, WeekResult? previous) => new(
        category,
        score.Value,
        category.PointsFor(score.Value),
        previous?.Categories.First(c => c.Category.Key == category.Key).Score,
        score.Rationale);
}
