using Reports.Diagnostics;

namespace Reports.Site;

/// <summary>Every diagnostic of <c>reports snapshot</c> (RPT980–RPT983), one named factory each.</summary>
public static class SnapshotErrors
{
    public const string AlreadyArchivedCode = "RPT980";
    public const string NoScoredWeekCode = "RPT981";
    public const string WeekNotScoredCode = "RPT982";
    public const string WriteFailedCode = "RPT983";

    public static Diagnostic AlreadyArchived(string folder, string week) =>
        new(DiagnosticSeverity.Error, AlreadyArchivedCode, folder, 0, 0,
            $"week {week} is already archived; the archive is append-only, so nothing was changed",
            "a published week is never archived twice; to correct it, change the CSV files: the live report then shows the correction and links the archived one");

    public static Diagnostic NoScoredWeek(string dataDirectory) =>
        new(DiagnosticSeverity.Error, NoScoredWeekCode, dataDirectory, 0, 0,
            "no week is scored yet, so there is nothing to archive",
            "add the week's rows to scores.csv first");

    public static Diagnostic WeekNotScored(string scoresPath, string week, string scored) =>
        new(DiagnosticSeverity.Error, WeekNotScoredCode, scoresPath, 0, 0,
            $"week {week} has no scores, so it cannot be archived",
            scored.Length == 0 ? "add the week's rows to scores.csv first" : $"scored weeks: {scored}");

    public static Diagnostic WriteFailed(string folder, string reason) =>
        new(DiagnosticSeverity.Error, WriteFailedCode, folder, 0, 0,
            $"could not write the snapshot: {reason}; the archive is unchanged",
            "check free space and permissions of the data folder, then run again");
}
