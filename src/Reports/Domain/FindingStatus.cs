namespace Reports.Domain;

/// <summary>A finding's status; every status but <see cref="Open"/> carries a closed date.</summary>
public enum FindingStatus
{
    Open,
    Mitigated,
    Fixed,
    WontFix,
}
