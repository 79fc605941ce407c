using Reports.Diagnostics;

namespace Reports.Publishing;

/// <summary>Every diagnostic about the output folder (RPT940–RPT949) and links (RPT950–RPT959), one named factory each.</summary>
public static class PublishingErrors
{
    public const string FilesystemRootCode = "RPT940";
    public const string CurrentDirectoryCode = "RPT941";
    public const string OverlapsSourceCode = "RPT942";
    public const string NotOurFolderCode = "RPT943";
    public const string OutputIsFileCode = "RPT944";
    public const string WriteFailedCode = "RPT945";
    public const string FileFolderConflictCode = "RPT946";
    public const string StagingNotOursCode = "RPT947";
    public const string BrokenLinkCode = "RPT950";
    public const string BrokenFragmentCode = "RPT951";

    private const string ChooseAnother = "choose another --output folder, e.g. 'output'";

    public static Diagnostic FilesystemRoot(string output) =>
        new(DiagnosticSeverity.Error, FilesystemRootCode, output, 0, 0, "the output folder is the root of a file system; refusing to publish there", ChooseAnother);

    public static Diagnostic CurrentDirectory(string output) =>
        new(DiagnosticSeverity.Error, CurrentDirectoryCode, output, 0, 0, "the output folder is the current directory or contains it; publishing would delete your files", ChooseAnother);

    public static Diagnostic OverlapsSource(string output, string source) =>
        new(DiagnosticSeverity.Error, OverlapsSourceCode, output, 0, 0, $"the output folder overlaps the source folder '{source}'; publishing would overwrite or delete sources", ChooseAnother);

    public static Diagnostic NotOurFolder(string output, string marker) =>
        new(DiagnosticSeverity.Error, NotOurFolderCode, output, 0, 0, $"the output folder is not empty and was not created by Reports (no '{marker}' file in it); refusing to delete its files",
            "empty or remove the folder yourself, or choose another --output folder");

    public static Diagnostic OutputIsFile(string output) =>
        new(DiagnosticSeverity.Error, OutputIsFileCode, output, 0, 0, "the output path is a file, not a folder", ChooseAnother);

    public static Diagnostic WriteFailed(string path, string reason, bool outputTouched) =>
        new(DiagnosticSeverity.Error, WriteFailedCode, path, 0, 0,
            outputTouched ? $"publishing failed part-way, the output folder is incomplete: {reason}" : $"could not write the site; the output folder was left as it was: {reason}");

    public static Diagnostic FileFolderConflict(string path) =>
        new(DiagnosticSeverity.Error, FileFolderConflictCode, path, 0, 0, $"'{path}' would be both a file and a folder of the site");

    public static Diagnostic StagingNotOurs(string staging) =>
        new(DiagnosticSeverity.Error, StagingNotOursCode, staging, 0, 0, "the staging folder next to the output folder exists and was not created by Reports",
            "remove it, or choose another --output folder");

    public static Diagnostic BrokenLink(string page, int line, int column, string url, string expected, DiagnosticSeverity severity) =>
        new(severity, BrokenLinkCode, page, line, column, $"link '{url}' points to no published file (looked for '{expected}')");

    public static Diagnostic BrokenFragment(string page, int line, int column, string url, string target, DiagnosticSeverity severity) =>
        new(severity, BrokenFragmentCode, page, line, column, $"link '{url}' points to an id that '{target}' does not have");
}
