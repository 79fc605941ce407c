namespace Reports.Scoring.Review;

/// <summary>The kinds of record a review line can point at; each has its page.</summary>
public enum ReviewRefKind
{
    Slo,
    Gate,
    Incident,
    Finding,
}
