using Reports.Diagnostics;

namespace Reports.Paths;

/// <summary>The diagnostic of <see cref="ContainedPath"/>'s rule (RPT948).</summary>
public static class PathErrors
{
    public const string LinkLeavesFolderCode = "RPT948";

    /// <param name="path">The link as diagnostics name files, e.g. <c>data/archive/2026-02-17/badge.svg</c>.</param>
    /// <param name="folder">The folder it is read from, e.g. <c>data</c>.</param>
    public static Diagnostic LinkLeavesFolder(string path, string folder) =>
        new(DiagnosticSeverity.Error, LinkLeavesFolderCode, path.Replace('\\', '/'), 0, 0,
            $"is a symbolic link that leads outside '{folder.Replace('\\', '/')}'; nothing outside the source folders is read",
            "replace the link by the file itself");
}
