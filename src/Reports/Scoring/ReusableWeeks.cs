using Reports.Domain;

namespace Reports.Scoring;

/// <summary>
/// The weeks of an earlier evaluation that a new one may take back as they are. Only when everything weeks read
/// besides their own rows is equal (rubric, policy, gate definitions, incidents, findings); and then only a week
/// whose own rows, and what it carries over from the week before (phase, total, scores), are equal too. So a
/// reused result is the one a full evaluation would compute, and whatever is derived from a result and those
/// shared inputs can be remembered by the result's reference: a rebuild after one edited score row does not
/// recompute, re-render or re-hash the other weeks.
/// </summary>
internal sealed class ReusableWeeks
{
    private readonly Dictionary<DateOnly, WeekResult> _byWeek;

    private ReusableWeeks(IReadOnlyList<WeekResult> weeks) => _byWeek = weeks.ToDictionary(w => w.WeekOf);

    /// <remarks>Evidence rules read days and runs far from a week's own rows: with any evidence, nothing is taken back.</remarks>
    public static ReusableWeeks? From(ProgramReport? earlier, ReliabilityData data) =>
        earlier is not null && data.Evidence.IsEmpty && earlier.Data.Evidence.IsEmpty && SameSharedInputs(earlier.Data, data) ? new ReusableWeeks(earlier.Weeks) : null;

    /// <summary>The earlier result for this week when it read exactly these rows and this carry-over; otherwise null.</summary>
    public WeekResult? Find(
        DateOnly weekOf, int phase, IReadOnlyList<CategoryResult> categories, IReadOnlyList<GateState> gates, RecordedDecision? recorded, WeekResult? previous)
    {
        if (!_byWeek.TryGetValue(weekOf, out var earlier)
            || earlier.Phase != phase
            || earlier.PreviousTotal != previous?.Total
            || !Equals(earlier.Recorded, recorded)
            || earlier.Categories.Count != categories.Count
            || earlier.Gates.Count != gates.Count)
        {
            return null;
        }

        for (var i = 0; i < categories.Count; i++)
        {
            var (was, now) = (earlier.Categories[i], categories[i]);
            if (was.Category.Key != now.Category.Key || was.Score != now.Score || was.PreviousScore != now.PreviousScore || was.Rationale != now.Rationale)
            {
                return null;
            }
        }

        for (var i = 0; i < gates.Count; i++)
        {
            var (was, now) = (earlier.Gates[i], gates[i]);
            if (was.Gate.Id != now.Gate.Id || was.Status != now.Status || was.Evidence != now.Evidence || was.Link != now.Link)
            {
                return null;
            }
        }

        return earlier;
    }

    private static bool SameSharedInputs(ReliabilityData was, ReliabilityData now) =>
        was.Policy with { Pillars = now.Policy.Pillars } == now.Policy
        && was.Policy.Pillars.SequenceEqual(now.Policy.Pillars, StringComparer.Ordinal)
        && was.Rubric.Count == now.Rubric.Count
        && was.Rubric.Zip(now.Rubric).All(p => p.First with { Levels = p.Second.Levels } == p.Second && p.First.Levels.SequenceEqual(p.Second.Levels, StringComparer.Ordinal))
        && was.Gates.SequenceEqual(now.Gates)
        && was.Incidents.SequenceEqual(now.Incidents)
        && was.Findings.SequenceEqual(now.Findings);
}
