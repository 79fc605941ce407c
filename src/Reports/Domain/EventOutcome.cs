namespace Reports.Domain;

/// <summary>How an operational event ended: a drill passes or fails, an update is done.</summary>
public enum EventOutcome
{
    Pass,
    Fail,
    Done,
}
