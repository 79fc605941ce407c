using System.Globalization;

namespace Reports.Diagnostics;

/// <summary>
/// One named factory per problem a data folder can have, so that every message, hint and code is written once.
/// The codes are listed in <see cref="ErrorCodes"/> and documented in <c>docs/error-codes.md</c>.
/// </summary>
public static class DataErrors
{
    private const string SaveAsUtf8 = "save it from the spreadsheet as 'CSV UTF-8 (comma delimited)'";
    private const string RestoreFromHistory = "restore the snapshot from git history (git checkout <commit> -- <path>)";
    private const string QuoteHint = "enclose the whole value in double quotes and double each quote inside it: \"say \"\"hi\"\"\"";

    public static Diagnostic DataFolderMissing(string path) =>
        Error(ErrorCodes.DataFolderMissing, SourceLocation.File(path), $"data folder '{path}' does not exist",
            "pass the folder that holds rubric.csv, scores.csv and the other data files");

    public static Diagnostic MissingFile(SourceLocation at, string file, string header, string? caseVariant) =>
        Error(ErrorCodes.MissingFile, at, $"required file '{file}' is missing",
            caseVariant is null
                ? $"create it with the header row '{header}'"
                : $"found '{caseVariant}': file names are case-sensitive, rename it to '{file}'");

    public static Diagnostic UnknownFile(SourceLocation at, string file, string? suggestion) =>
        Warning(ErrorCodes.UnknownFile, at, $"'{file}' is not a file of the data contract and is ignored",
            suggestion is null ? "remove it, or keep extra files in a subfolder" : $"did you mean '{suggestion}'?");

    public static Diagnostic NotAFile(SourceLocation at) =>
        Error(ErrorCodes.NotAFile, at, "this is a directory, not a file", "replace the directory with the CSV file of that name");

    public static Diagnostic CannotRead(SourceLocation at, string reason) =>
        Error(ErrorCodes.CannotRead, at, $"cannot read the file: {reason}", "check the file's permissions and that no other program holds it");

    public static Diagnostic EmptyFile(SourceLocation at, string header) =>
        Error(ErrorCodes.EmptyFile, at, "file is empty; a header row is required", $"start the file with the header row '{header}'");

    public static Diagnostic NotText(SourceLocation at) =>
        Error(ErrorCodes.NotText, at, "file is not text (it contains NUL bytes)", $"is this a spreadsheet (.xlsx) renamed to .csv? {SaveAsUtf8}");

    public static Diagnostic UnsupportedEncoding(SourceLocation at, string encoding) =>
        Error(ErrorCodes.UnsupportedEncoding, at, $"file is encoded as {encoding}; data files must be UTF-8", SaveAsUtf8);

    public static Diagnostic InvalidUtf8(SourceLocation at) =>
        Error(ErrorCodes.InvalidUtf8, at, "file is not valid UTF-8 (first bad byte here)", $"it was probably saved in a legacy code page; {SaveAsUtf8}");

    public static Diagnostic NotCommaSeparated(SourceLocation at, char separator) =>
        Error(ErrorCodes.NotCommaSeparated, at, $"file is separated by {Describe(separator)}, not by commas",
            "save as comma-separated (spreadsheets in some languages use ';'; choose 'CSV UTF-8 (comma delimited)')");

    public static Diagnostic MissingColumn(SourceLocation at, string column, string header) =>
        Error(ErrorCodes.MissingColumn, at, $"required column '{column}' is missing", $"the columns are: {header}");

    public static Diagnostic UnknownColumn(SourceLocation at, string name, string? suggestion) =>
        Error(ErrorCodes.UnknownColumn, at, $"unknown column '{name}'",
            suggestion is null ? "remove it, or start its name with x_ to keep it as an annotation" : $"did you mean '{suggestion}'?");

    public static Diagnostic DuplicateColumn(SourceLocation at, string name, int firstColumn) =>
        Error(ErrorCodes.DuplicateColumn, at, Invariant($"column '{name}' appears twice (first at column {firstColumn})"),
            "remove one of them");

    public static Diagnostic EmptyColumnName(SourceLocation at, int count) =>
        Error(ErrorCodes.EmptyColumnName, at,
            count == 1 ? "column has no name" : Invariant($"{count} columns at the end of the header have no name"),
            count == 1 ? "name the column, or delete it" : "delete the empty columns (spreadsheets add them when cells right of the table were touched)");

    public static Diagnostic NotAHeader(SourceLocation at, string file, string header) =>
        Error(ErrorCodes.NotAHeader, at, $"the first row is not a header: none of its cells names a column of {file}",
            $"start the file with the header row '{header}'");

    public static Diagnostic ReadFailed(SourceLocation at, Exception exception) =>
        Error(ErrorCodes.ReadFailed, at, $"unexpected error while reading the file: {exception.GetType().Name}: {exception.Message}",
            "this is a bug in reports; please report it together with the file");

    public static Diagnostic FieldCountMismatch(SourceLocation at, int actual, int expected) =>
        Error(ErrorCodes.FieldCountMismatch, at, Invariant($"row has {actual} fields but the header has {expected}"),
            actual > expected ? "a value that contains a comma must be enclosed in double quotes" : "add the missing fields (empty ones are fine: a,,c)");

    public static Diagnostic UnterminatedQuote(SourceLocation at) =>
        Error(ErrorCodes.UnterminatedQuote, at, "quoted value is never closed, so the rest of the file was read as part of it", QuoteHint);

    public static Diagnostic StrayQuote(SourceLocation at) =>
        Error(ErrorCodes.MalformedQuote, at, "quote inside a value that does not start with a quote", QuoteHint);

    public static Diagnostic TextAfterClosingQuote(SourceLocation at) =>
        Error(ErrorCodes.MalformedQuote, at, "text after the closing quote of a quoted value", QuoteHint);

    public static Diagnostic RecordTooLarge(SourceLocation at, int limitBytes) =>
        Error(ErrorCodes.RecordTooLarge, at, Invariant($"record is longer than {limitBytes / 1024 / 1024} MiB; the rest of the file was not read"),
            "a quote that is never closed makes the rest of the file one record");

    public static Diagnostic MissingValue(SourceLocation at, string column) =>
        Error(ErrorCodes.MissingValue, at, $"'{column}' is empty", $"every row needs a {column}");

    public static Diagnostic InvalidDate(SourceLocation at, string column, string value, bool timestampAllowed, string hint) =>
        Error(ErrorCodes.InvalidDate, at,
            timestampAllowed
                ? $"{column} '{value}' is neither a date (YYYY-MM-DD) nor an ISO 8601 timestamp with Z or an offset"
                : $"{column} '{value}' is not a date in the form YYYY-MM-DD",
            hint);

    public static Diagnostic ImpossibleDate(SourceLocation at, string column, string value, string reason) =>
        Error(ErrorCodes.ImpossibleDate, at, $"{column} '{value}' is not a real date: {reason}", "check the day and the month");

    public static Diagnostic TimestampWithoutOffset(SourceLocation at, string column, string value) =>
        Error(ErrorCodes.TimestampWithoutOffset, at, $"{column} '{value}' is a timestamp without a time zone",
            "add Z for UTC or an offset such as -08:00: without one the same timestamp is a different day in different places");

    public static Diagnostic NotAWholeNumber(SourceLocation at, string column, string value, string range) =>
        Error(ErrorCodes.NotAWholeNumber, at, $"{column} '{value}' is not a whole number", $"{column} is a whole number from {range}");

    public static Diagnostic NotANumber(SourceLocation at, string column, string value, string range) =>
        Error(ErrorCodes.NotANumber, at, $"{column} '{value}' is not a number", $"write a number from {range} with '.' for decimals, such as 87.5");

    public static Diagnostic OutOfRange(SourceLocation at, string column, string value, string range) =>
        Error(ErrorCodes.OutOfRange, at, $"{column} {value} is out of range", $"{column} must be from {range}");

    public static Diagnostic ObjectiveOutOfRange(SourceLocation at, string column, string value) =>
        Error(ErrorCodes.OutOfRange, at, $"{column} {value} is out of range",
            $"an {column} is a percent more than 0 and less than 100, such as 99.5 (100 would leave no error budget)");

    public static Diagnostic InvalidChoice(SourceLocation at, string column, string value, IEnumerable<string> allowed, string? suggestion) =>
        Error(ErrorCodes.InvalidChoice, at, $"{column} '{value}' is not one of {string.Join(", ", allowed)}",
            suggestion is null ? "use one of those values; case does not matter" : $"did you mean '{suggestion}'?");

    public static Diagnostic InvalidLink(SourceLocation at, string column, string value) =>
        Error(ErrorCodes.InvalidLink, at, $"{column} '{value}' is not an absolute http(s) URL",
            "links start with https:// or http://; leave the cell empty when there is none");

    public static Diagnostic InvalidList(SourceLocation at, string key, string problem) =>
        Error(ErrorCodes.InvalidList, at, $"{key}: {problem}", "write the names separated by ';', such as hydra;video;queue");

    public static Diagnostic WeightsDoNotSumTo100(SourceLocation at, int sum) =>
        Error(ErrorCodes.WeightsDoNotSumTo100, at, Invariant($"weights sum to {sum}, not 100"),
            Invariant($"change the weights by {100 - sum} in total so that they add up to 100"));

    public static Diagnostic NoCategories(SourceLocation at) =>
        Error(ErrorCodes.NoCategories, at, "rubric has no categories", "add one row per scored category; their weights sum to 100");

    public static Diagnostic UnknownPolicyKey(SourceLocation at, string key, string? suggestion, IEnumerable<string> known) =>
        Error(ErrorCodes.UnknownPolicyKey, at, $"unknown policy key '{key}'",
            suggestion is null ? $"the keys are: {string.Join(", ", known)}" : $"did you mean '{suggestion}'?");

    public static Diagnostic DuplicateKey(SourceLocation at, string what, int firstLine) =>
        Error(ErrorCodes.DuplicateKey, at, Invariant($"duplicate {what} (first on line {firstLine})"), "remove or merge one of the rows");

    public static Diagnostic CaseOnlyDuplicate(SourceLocation at, string kind, string value, string other, int otherLine) =>
        Warning(ErrorCodes.CaseOnlyDuplicate, at, Invariant($"{kind} '{value}' differs from '{other}' (line {otherLine}) only in letter case"),
            "ids are case-sensitive: if these are the same, spell them the same");

    public static Diagnostic UnknownReference(SourceLocation at, string kind, string value, string? suggestion, bool caseOnly, string definedIn, bool definitionsPartial = false) =>
        Error(ErrorCodes.UnknownReference, at, $"unknown {kind} '{value}'",
            (suggestion is null
                ? $"the {Plural(kind)} are defined in {definedIn}"
                : caseOnly ? $"did you mean '{suggestion}'? ids are case-sensitive" : $"did you mean '{suggestion}'?")
            + (definitionsPartial ? $"; {definedIn} has rows that could not be read or that repeat an id: fix those first" : ""));

    public static Diagnostic IncompleteWeek(SourceLocation at, string week, IEnumerable<string> missing) =>
        Error(ErrorCodes.IncompleteWeek, at, $"week {week} has no score for {string.Join(", ", missing.Select(m => $"'{m}'"))}",
            "every scored week needs exactly one score for every rubric category");

    /// <param name="gates">The gates of the week's phase, as the message names them: "G1–G4" or "G5".</param>
    public static Diagnostic WeekWithoutGateResults(SourceLocation at, string week, string gates, int count) =>
        Warning(ErrorCodes.WeekWithoutGateResults, at,
            $"week {week} has no gate results; {gates} {(count == 1 ? "is" : "are")} unknown and block{(count == 1 ? "s" : "")} the phase exit",
            $"add a row per gate for week {week} to gate-results.csv; status pending says a gate is not reviewed yet");

    /// <param name="scoresPartial">Some rows of scores.csv could not be read: one of them may score the week.</param>
    public static Diagnostic UnscoredWeek(SourceLocation at, string week, string what, bool scoresPartial = false) =>
        Error(ErrorCodes.UnscoredWeek, at, $"{what} for week {week}, which has no scores",
            "check the date: it must be a week_of that scores.csv scores"
            + (scoresPartial ? "; scores.csv has rows that could not be read: fix those first" : ""));

    public static Diagnostic EndBeforeStart(SourceLocation at, string endColumn, string end, string startColumn, string start) =>
        Error(ErrorCodes.EndBeforeStart, at, $"{endColumn} {end} is before {startColumn} {start}", "check both dates");

    public static Diagnostic ClosedDateOnOpenFinding(SourceLocation at, string closed) =>
        Error(ErrorCodes.ClosedDateOnOpenFinding, at, $"finding is open but has closed date {closed}",
            "set status to fixed, mitigated or wont-fix, or clear the closed date");

    public static Diagnostic MissingClosedDate(SourceLocation at, string status) =>
        Error(ErrorCodes.MissingClosedDate, at, $"finding with status '{status}' has no closed date",
            "add the date it was closed, or set status to open");

    public static Diagnostic SourceLooksLikeRedTeam(SourceLocation at, string value) =>
        Warning(ErrorCodes.SourceLooksLikeRedTeam, at, $"source '{value}' is not 'red-team', so the red-team No-Go rule ignores this finding",
            "did you mean 'red-team'?");

    public static Diagnostic InvalidDayTarget(SourceLocation at, string key, string value, int maxDays) =>
        Error(ErrorCodes.InvalidDayTarget, at, $"{key}: '{value}' is not a duration target in days",
            Invariant($"write the least and the most days separated by ';', least first, each 1 to {maxDays}, such as 14;28"));

    public static Diagnostic FixedWithoutRegressionTest(SourceLocation at, string id, string priority) =>
        Warning(ErrorCodes.FixedWithoutRegressionTest, at, $"{priority} finding '{id}' is fixed but names no regression test",
            "the plan's G2 closes P0/P1 items 'fixed with regression tests': name the test in the regression_test column");

    public static Diagnostic InvalidIncidentClass(SourceLocation at, string value) =>
        Error(ErrorCodes.InvalidIncidentClass, at, $"incident class '{value}' is not a short slug",
            "write lower-case letters, digits and single hyphens, at most 64 characters, such as bootstrap-deadlock: incidents of the same class are counted as repeats");

    public static Diagnostic GoodExceedsTotal(SourceLocation at, long good, long total) =>
        Error(ErrorCodes.GoodExceedsTotal, at, Invariant($"good {good} is more than total {total}"),
            "good counts the events of total that met the objective, so 0 ≤ good ≤ total; check that the columns are not swapped");

    public static Diagnostic ArchiveFolderNotADate(SourceLocation at, string name) =>
        Error(ErrorCodes.ArchiveFolderNotADate, at, $"archive folder '{name}' is not named for a week (YYYY-MM-DD)",
            "each snapshot lives in archive/YYYY-MM-DD/ for the week it publishes; rename the folder, or move it out of the archive");

    public static Diagnostic ArchiveStrayFile(SourceLocation at, string name) =>
        Warning(ErrorCodes.ArchiveStrayFile, at, $"'{name}' is not a snapshot folder and is not verified",
            "the archive holds only snapshot folders named YYYY-MM-DD; move other files out of it");

    public static Diagnostic ArchiveManifestMissing(SourceLocation at) =>
        Error(ErrorCodes.ArchiveManifestMissing, at, "snapshot has no manifest.json, so it cannot be verified",
            RestoreFromHistory);

    public static Diagnostic ArchiveManifestMalformed(SourceLocation at, string problem) =>
        Error(ErrorCodes.ArchiveManifestMalformed, at, $"manifest is malformed: {PrintableText.Escape(problem)}",
            "a manifest is written by Reports when a week is published, never by hand; " + RestoreFromHistory);

    public static Diagnostic ArchiveWeekMismatch(SourceLocation at, string folderWeek, string manifestWeek) =>
        Error(ErrorCodes.ArchiveWeekMismatch, at, $"manifest is for week {manifestWeek} but its folder is archive/{folderWeek}",
            $"a snapshot stays in the folder of its week: move it back to archive/{manifestWeek}/");

    public static Diagnostic ArchiveFileMissing(SourceLocation at, string week) =>
        Error(ErrorCodes.ArchiveFileMissing, at, $"file of the published snapshot {week} is missing",
            RestoreFromHistory);

    public static Diagnostic ArchiveFileChanged(SourceLocation at, string detail) =>
        Error(ErrorCodes.ArchiveFileChanged, at, $"file of a published snapshot was changed: {detail}",
            RestoreFromHistory + "; to correct a published week, change the CSV files: the archive keeps what was published");

    public static Diagnostic ArchiveFileExtra(SourceLocation at, string week) =>
        Error(ErrorCodes.ArchiveFileExtra, at, $"file is not in the manifest of the published snapshot {week}",
            "remove it: a published snapshot gets no new files");

    public static Diagnostic ArchiveRowsUnreadable(SourceLocation at, string week, string problem) =>
        Warning(ErrorCodes.ArchiveRowsUnreadable, at, $"the data rows of the published snapshot {week} {problem}, so only its manifest's total, decision and phase are compared with today's data",
            "snapshots made by 'reports snapshot' keep the rows they were computed from in data/; an older or hand-made snapshot may not");

    public static Diagnostic MarkdownTooDeep(SourceLocation at, string column, int depth, int limit) =>
        Error(ErrorCodes.MarkdownTooDeep, at, Invariant($"'{column}' is Markdown nested {depth} levels deep here; at most {limit} are allowed"),
            "flatten the nested quotes, lists, brackets or emphasis; no report needs that many levels");

    public static Diagnostic DiagnosticsSuppressed(string path, int count, bool anyError) =>
        new(anyError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, ErrorCodes.DiagnosticsSuppressed, path, 0, 0,
            Invariant($"{count} more problems in this file were not shown"), "fix the problems above and run again");

    private static Diagnostic Error(string code, SourceLocation at, string message, string? hint) =>
        new(DiagnosticSeverity.Error, code, at.Path, at.Line, at.Column, message, hint);

    private static Diagnostic Warning(string code, SourceLocation at, string message, string? hint) =>
        new(DiagnosticSeverity.Warning, code, at.Path, at.Line, at.Column, message, hint);

    private static string Plural(string noun) => noun.EndsWith('y') ? noun[..^1] + "ies" : noun + "s";

    private static string Describe(char separator) => separator == '\t' ? "tabs" : $"'{separator}'";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
