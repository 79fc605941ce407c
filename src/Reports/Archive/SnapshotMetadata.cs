using Reports.Domain;
using Reports.History;
using Reports.Scoring;

namespace Reports.Archive;

/// <summary>What a snapshot's manifest says about the week it publishes, besides its files.</summary>
/// <param name="DataVersion">The <see cref="DataVersionInfo.Id"/> of the data the snapshot was rendered from.</param>
public sealed record SnapshotMetadata(DateOnly WeekOf, decimal Total, Decision Decision, int Phase, string DataVersion)
{
    /// <summary>The first day of the week's validation window (phase 2), which began in weeks the snapshot does not keep.</summary>
    public DateOnly? ValidationWindowStart { get; init; }

    /// <summary>The metadata of a week as the rules computed it.</summary>
    public static SnapshotMetadata For(WeekResult week, DataVersionInfo dataVersion)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(dataVersion);
        return new SnapshotMetadata(week.WeekOf, week.Total, week.Decision, week.Phase, dataVersion.Id)
        {
            ValidationWindowStart = week.Evidence.ValidationWindow?.First,
        };
    }
}
