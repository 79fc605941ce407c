using Reports.Scoring;

namespace Reports.Site.Views;

/// <summary>
/// A step of the decision's trace in words a release manager reads: the rule's name ("An unresolved P0/P1 red-team
/// finding") first, its code (<c>open-redteam-p0p1</c>) kept as secondary detail, and comparisons said, not symbolised.
/// </summary>
public static class RuleWording
{
    /// <summary>What the rule checks, as a reader would say it.</summary>
    public static string Name(TraceStep step, WeekResult week)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(week);
        return step.Kind switch
        {
            RuleKinds.Total => "Total",
            RuleKinds.CategoryMin => "Every category at the minimum",
            RuleKinds.Gate => "Exit gate " + GateName(step, week),
            RuleKinds.NoGo or RuleKinds.Freeze => week.NoGo.Concat(week.FreezeTriggers)
                .FirstOrDefault(c => string.Equals(c.Code, step.Rule, StringComparison.Ordinal))?.Description ?? step.Rule,
            _ => step.Rule,
        };
    }

    /// <summary>The rule's code when the name is not already it: shown small, for people who know the codes.</summary>
    public static string Code(TraceStep step, WeekResult week) =>
        step.Kind is RuleKinds.NoGo or RuleKinds.Freeze && Name(step, week) != step.Rule ? step.Rule : string.Empty;

    /// <summary>The numbers behind the step, with "≥" and "&lt;" said in words and the rule's own name not repeated.</summary>
    public static string Detail(TraceStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        string detail = step.Detail.StartsWith(step.Rule + ": ", StringComparison.Ordinal) ? step.Detail[(step.Rule.Length + 2)..] : step.Detail;
        return step.Kind switch
        {
            RuleKinds.Total => Said(detail.StartsWith("total ", StringComparison.Ordinal) ? detail[6..] : detail, "the threshold of"),
            RuleKinds.CategoryMin => Said(detail, "the minimum of"),
            _ => detail,
        };
    }

    private static string Said(string comparison, string what) => comparison
        .Replace(" ≥ ", ", at or above " + what + " ", StringComparison.Ordinal)
        .Replace(" < ", ", below " + what + " ", StringComparison.Ordinal);

    private static string GateName(TraceStep step, WeekResult week)
    {
        GateState? gate = week.Gates.FirstOrDefault(g => string.Equals(g.Gate.Id, step.Subject, StringComparison.Ordinal));
        return gate is null ? step.Subject ?? string.Empty : gate.Gate.Id + " (" + gate.Gate.Name + ")";
    }
}
