namespace Reports.Scoring.Evidence;

/// <summary>Where a gate's status comes from (<c>"source"</c> in <c>weeks.json</c>).</summary>
public enum GateSource
{
    /// <summary>Neither computed nor recorded: the status is unknown.</summary>
    None,
    Recorded,
    Computed,
}
