namespace Reports.Scoring;

/// <summary>One rule checked for a decision, with its numbers: "total 55.00 &lt; 85", "G2 fail".</summary>
public sealed record TraceStep(string Rule, bool Passed, string Detail)
{
    /// <summary>
    /// The rule needs data the project does not keep. Such a step is never <see cref="Passed"/> (the
    /// contract forbids reporting it as passed), yet it does not block the decision either.
    /// </summary>
    public bool NotMeasured { get; init; }
}
