namespace Reports.Scoring.Evidence;

/// <summary>What one SLO's row says about one day (see <see cref="SloDayRule"/>).</summary>
public enum SloDayVerdict
{
    /// <summary>No row for that day.</summary>
    Unknown,

    /// <summary>A row with total 0: not a miss.</summary>
    NoTraffic,
    Met,
    Missed,
}
