namespace Reports.Domain;

/// <summary>How a CI run ended; <see cref="Flaky"/> failed, then passed on retry.</summary>
public enum CiResult
{
    Pass,
    Fail,
    Flaky,

    /// <summary>Ignored by every rule.</summary>
    Cancelled,
}
