namespace Reports.Scoring;

/// <summary>Builds a rule's <see cref="Condition"/> so that every rule words its states alike.</summary>
internal static class Conditions
{
    public static Condition Active(IWeekCondition rule, string detail) =>
        new(rule.Code, rule.Description, ConditionState.Active, detail);

    public static Condition Clear(IWeekCondition rule, string detail) =>
        new(rule.Code, rule.Description, ConditionState.Clear, detail);

    public static Condition NotMeasured(IWeekCondition rule, string detail) =>
        new(rule.Code, rule.Description, ConditionState.NotMeasured, detail);

    /// <summary>Active with the ids as its detail ("KI-1, M-1") when there are any, else clear.</summary>
    public static Condition FromIds(IWeekCondition rule, IEnumerable<string> ids, string clearDetail)
    {
        var list = ids.ToList();
        return list.Count == 0 ? Clear(rule, clearDetail) : Active(rule, string.Join(", ", list));
    }
}
