using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>
/// One SLO over G5's window: "attainment = 100 × Σgood / Σtotal over its days with traffic … Per SLO the same verdict
/// reads <c>missed</c>, <c>unknown</c> or <c>met</c>" (evidence contract, <c>slo-attainment</c>). Sums are exact.
/// </summary>
public sealed record SloWindow(Slo Slo, DayRange Range, decimal Good, decimal Total, IReadOnlyList<DateOnly> UnknownDays)
{
    public static SloWindow Of(Slo slo, DayRange range, EvidenceIndex evidence)
    {
        ArgumentNullException.ThrowIfNull(slo);
        ArgumentNullException.ThrowIfNull(evidence);
        decimal good = 0, total = 0;
        var unknown = new List<DateOnly>();
        foreach (var date in range.EachDay())
        {
            if (evidence.Day(slo.Id, date) is { } day)
            {
                good += day.Good;
                total += day.Total;
            }
            else
            {
                unknown.Add(date);
            }
        }

        return new SloWindow(slo, range, good, total, unknown);
    }

    /// <summary>Percent of good events; null without traffic.</summary>
    public decimal? Attainment => Total == 0 ? null : 100m * Good / Total;

    /// <summary>Attainment below the objective, decided exactly: <c>100 × Σgood &lt; objective × Σtotal</c>.</summary>
    public bool Missed => Total > 0 && 100m * Good < Slo.Objective * Total;

    /// <summary>Missed with traffic; else unknown when a day has no row or nothing had traffic; else met.</summary>
    public SloStatus Status => Missed ? SloStatus.Missed
        : UnknownDays.Count > 0 || Total == 0 ? SloStatus.Unknown
        : SloStatus.Met;
}
