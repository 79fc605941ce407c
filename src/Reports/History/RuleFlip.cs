namespace Reports.History;

/// <summary>
/// A rule of the phase decision whose verdict a change turned: "every category ≥ 2: now met". An added week is
/// compared with the scored week before it, a changed week with the base's version of it.
/// </summary>
/// <param name="Rule">The kind of rule, as <c>status --json</c> names it (<c>category-min</c>, <c>gate</c>, …).</param>
/// <param name="Subject">A gate id or condition code; null for the category minimum and the total.</param>
/// <param name="Label">The rule in words: "every category ≥ 2", "total ≥ 85", "G1 Instrumentation completeness passes".</param>
/// <param name="Before">Met before; null when it was not measured.</param>
/// <param name="After">Met now; null when it is not measured.</param>
public sealed record RuleFlip(string Rule, string? Subject, string Label, bool? Before, bool? After)
{
    /// <summary>"now met", "no longer met", or "now not measured".</summary>
    public string Verdict => After switch
    {
        true => "now met",
        false => Before is null ? "now measured, not met" : "no longer met",
        null => "now not measured",
    };
}
