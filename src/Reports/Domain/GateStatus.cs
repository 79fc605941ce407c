namespace Reports.Domain;

/// <summary>A gate's status in a week; <see cref="Unknown"/> means no result was recorded.</summary>
public enum GateStatus
{
    Pass,
    Fail,
    Pending,
    NotApplicable,
    Unknown,
}
