using Reports.Domain;

namespace Reports.Scoring.NoGo;

/// <summary>
/// <c>open-sev1</c>: "an open Sev-1 incident" (contract, automatic No-Go; plan §8 also makes it a
/// freeze trigger). An incident is open on day D if opened ≤ D and (resolved empty or resolved &gt; D).
/// </summary>
public sealed class OpenSev1 : IWeekCondition
{
    public string Code => "open-sev1";

    public string Description => "An open Sev-1 incident";

    public Condition Evaluate(WeekFacts week) => Conditions.FromIds(
        this,
        week.OpenIncidents.Where(i => i.Severity == Severity.Sev1).Select(i => i.Id),
        "no open Sev-1 incident");
}
