namespace Reports.Scoring;

/// <summary>
/// A rule of the data contract with a stable code (a No-Go condition or a freeze trigger), checked
/// against one week. Every rule is listed in <see cref="ContractRules"/>.
/// </summary>
public interface IWeekCondition
{
    /// <summary>The contract's stable code, e.g. <c>open-sev1</c>; published in <c>weeks.json</c>.</summary>
    string Code { get; }

    /// <summary>The rule in the plan's words.</summary>
    string Description { get; }

    /// <summary>Active, clear or not measured this week, with the ids or numbers that decided it.</summary>
    Condition Evaluate(WeekFacts week);
}
