namespace Reports.Diagnostics;

/// <summary>
/// Every diagnostic code, in one place. Codes are stable: a code keeps its meaning once released, and
/// <c>docs/error-codes.md</c> documents each one (a test fails when one is missing there).
/// </summary>
/// <remarks>RPT001–RPT099 are data-folder problems; RPT9xx are reserved for site and template errors.</remarks>
public static class ErrorCodes
{
    // The folder and its files.
    public const string DataFolderMissing = "RPT001";
    public const string MissingFile = "RPT002";
    public const string UnknownFile = "RPT003";
    public const string NotAFile = "RPT004";
    public const string CannotRead = "RPT005";
    public const string EmptyFile = "RPT006";
    public const string NotText = "RPT007";
    public const string UnsupportedEncoding = "RPT008";
    public const string InvalidUtf8 = "RPT009";
    public const string NotCommaSeparated = "RPT010";

    // The header row.
    public const string MissingColumn = "RPT011";
    public const string UnknownColumn = "RPT012";
    public const string DuplicateColumn = "RPT013";
    public const string EmptyColumnName = "RPT014";
    public const string NotAHeader = "RPT015";

    // Unexpected failures while reading one file.
    public const string ReadFailed = "RPT019";

    // Records: quoting and shape.
    public const string FieldCountMismatch = "RPT020";
    public const string UnterminatedQuote = "RPT021";
    public const string MalformedQuote = "RPT022";
    public const string RecordTooLarge = "RPT023";

    // Cell values.
    public const string MarkdownTooDeep = "RPT029";
    public const string MissingValue = "RPT030";
    public const string InvalidDate = "RPT031";
    public const string ImpossibleDate = "RPT032";
    public const string TimestampWithoutOffset = "RPT033";
    public const string NotAWholeNumber = "RPT034";
    public const string NotANumber = "RPT035";
    public const string OutOfRange = "RPT036";
    public const string InvalidChoice = "RPT037";
    public const string InvalidLink = "RPT038";
    public const string InvalidList = "RPT039";

    // Rubric and policy.
    public const string WeightsDoNotSumTo100 = "RPT040";
    public const string NoCategories = "RPT041";
    public const string UnknownPolicyKey = "RPT042";
    public const string GoodExceedsTotal = "RPT043";

    // Keys, references and rules across rows and files.
    public const string DuplicateKey = "RPT050";
    public const string CaseOnlyDuplicate = "RPT051";
    public const string UnknownReference = "RPT052";
    public const string IncompleteWeek = "RPT053";
    public const string UnscoredWeek = "RPT054";
    public const string EndBeforeStart = "RPT055";
    public const string ClosedDateOnOpenFinding = "RPT056";
    public const string MissingClosedDate = "RPT057";
    public const string SourceLooksLikeRedTeam = "RPT058";
    public const string WeekWithoutGateResults = "RPT059";

    // The weekly review's columns and settings.
    public const string InvalidDayTarget = "RPT075";
    public const string FixedWithoutRegressionTest = "RPT076";
    public const string InvalidIncidentClass = "RPT077";

    // The archive of published snapshots (data/archive/YYYY-MM-DD/).
    public const string ArchiveFolderNotADate = "RPT060";
    public const string ArchiveStrayFile = "RPT061";
    public const string ArchiveManifestMissing = "RPT062";
    public const string ArchiveManifestMalformed = "RPT063";
    public const string ArchiveWeekMismatch = "RPT064";
    public const string ArchiveFileMissing = "RPT065";
    public const string ArchiveFileChanged = "RPT066";
    public const string ArchiveFileExtra = "RPT067";
    public const string ArchiveRowsUnreadable = "RPT068";

    // Reporting itself.
    public const string DiagnosticsSuppressed = "RPT099";
}
