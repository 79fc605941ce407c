using Reports.Domain;
using Reports.Scoring;

namespace Reports.History;

/// <summary>
/// What stands between the change's latest scored week and the next phase: the rules of its decision that are
/// measured and not met, worded as the trace words them. In phase 3 these are the active freeze triggers.
/// </summary>
public sealed record StillBlocking(DateOnly WeekOf, int Phase, Decision Decision, int NextPhase, IReadOnlyList<TraceStep> Rules)
{
    public static StillBlocking? Of(ProgramReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Latest is { } week
            ? new StillBlocking(week.WeekOf, week.Phase, week.Decision, week.NextPhase, [.. week.Trace.Where(s => s.Met == false)])
            : null;
    }
}
