using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>
/// "SLO day. For SLO s on day t: no row → <c>unknown</c>; <c>total = 0</c> → <c>no-traffic</c> (not a miss); otherwise
/// <c>met</c> when <c>100 × good ≥ objective × total</c>, else <c>missed</c>. A pillar misses day t when any of its
/// SLOs missed t." (evidence contract). Compared by multiplying, never dividing: an objective met exactly is met.
/// </summary>
public static class SloDayRule
{
    public static SloDayVerdict Verdict(Slo slo, SloDay? day)
    {
        ArgumentNullException.ThrowIfNull(slo);
        return day is null ? SloDayVerdict.Unknown
            : day.Total == 0 ? SloDayVerdict.NoTraffic
            : 100m * day.Good >= slo.Objective * day.Total ? SloDayVerdict.Met
            : SloDayVerdict.Missed;
    }

    public static SloDayVerdict Verdict(Slo slo, DateOnly date, EvidenceIndex evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return Verdict(slo, evidence.Day(slo.Id, date));
    }

    /// <summary>Whether any SLO of <paramref name="pillar"/> missed <paramref name="date"/>.</summary>
    public static bool PillarMissed(string pillar, DateOnly date, EvidenceIndex evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.Slos.Any(s => s.Pillar == pillar && Verdict(s, date, evidence) == SloDayVerdict.Missed);
    }
}
