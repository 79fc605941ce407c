using Reports.Diagnostics;

namespace Reports.Site;

/// <summary>Every diagnostic of <c>reports snapshot</c> (RPT980–RPT985), one named factory each.</summary>
public static class SnapshotErrors
{
    public const string AlreadyArchivedCode = "RPT980";
    public const string NoScoredWeekCode = "RPT981";
    public const string WeekNotScoredCode = "RPT982";
    public const string WriteFailedCode = "RPT983";
    public const string UncommittedDataCode = "RPT984";
    public const string NoBaseUrlCode = "RPT985";

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

    /// <param name="files">The uncommitted files git lists; null when the folder is not in a git repository.</param>
    public static Diagnostic UncommittedData(string dataDirectory, IReadOnlyList<string>? files) =>
        new(DiagnosticSeverity.Error, UncommittedDataCode, dataDirectory, 0, 0,
            files is null
                ? "the data folder is not in a git repository, so the snapshot could name no commit it was made from"
                : $"the data has changes that are not committed ({Listed(files)}); an archived week must be made from committed data",
            "commit the data first (a snapshot is usually made once the week's pull request is merged), or pass --allow-dirty to archive it anyway");

    public static Diagnostic NoBaseUrl(string siteSettings) =>
        new(DiagnosticSeverity.Error, NoBaseUrlCode, siteSettings, 0, 0,
            "a snapshot needs the site's public address, and none is set: its links back to the live site would lead nowhere",
            "pass --base-url https://…, set the URL environment variable, or set base_url in input/site.yml");

    private static string Listed(IReadOnlyList<string> files) =>
        files.Count <= 5 ? string.Join(", ", files) : string.Join(", ", files.Take(5)) + string.Create(System.Globalization.CultureInfo.InvariantCulture, $" and {files.Count - 5} more");
}
