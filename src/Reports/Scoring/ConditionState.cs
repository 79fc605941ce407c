namespace Reports.Scoring;

/// <summary>State of a No-Go condition or freeze trigger in one week.</summary>
public enum ConditionState
{
    Clear,
    Active,

    /// <summary>The data needed is not kept by the project: reported as such, never as passed.</summary>
    NotMeasured,
}
