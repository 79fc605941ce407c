namespace Reports.Scoring;

/// <summary>One rule checked for a decision, with its numbers: "total 55.00 &lt; 85", "G2 fail".</summary>
public sealed record TraceStep(string Rule, bool Passed, string Detail)
{
    /// <summary>
    /// The rule needs data the project does not keep. Such a step is never <see cref="Passed"/> (the
    /// contract forbids reporting it as passed), yet it does not block the decision either.
    /// </summary>
    public bool NotMeasured { get; init; }

    /// <summary>
    /// The kind of rule, stable for machines: <c>category-min</c>, <c>total</c>, <c>gate</c>, <c>no-go</c>,
    /// <c>freeze</c>. <see cref="Rule"/> is what the trace shows (a condition's code).
    /// </summary>
    public string Kind { get; init; } = Rule;

    /// <summary>What the rule was checked for (<c>outcomes</c>, <c>G2</c>, <c>open-sev1</c>); null when it covers all.</summary>
    public string? Subject { get; init; }

    /// <summary>The subject's name for readers: a category's or gate's name, a condition's description.</summary>
    public string? SubjectName { get; init; }

    /// <summary>Whether the rule holds: null when it was not measured.</summary>
    public bool? Met => NotMeasured ? null : Passed;
}
