using Reports.Domain;

namespace Reports.Scoring;

/// <summary>The whole program evaluated: the data and every scored week's result, in date order.</summary>
public sealed record ProgramReport(ReliabilityData Data, IReadOnlyList<WeekResult> Weeks)
{
    public WeekResult? Latest => Weeks.Count == 0 ? null : Weeks[^1];

    public WeekResult? Find(DateOnly week) => Weeks.FirstOrDefault(w => w.WeekOf == week);
}
