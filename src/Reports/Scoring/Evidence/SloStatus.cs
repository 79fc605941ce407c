namespace Reports.Scoring.Evidence;

/// <summary>An SLO's verdict over G5's window (see <see cref="SloWindow"/>).</summary>
public enum SloStatus
{
    Met,
    Missed,

    /// <summary>A day of the window has no row, or the window had no traffic at all.</summary>
    Unknown,
}
