using Reports.Diagnostics;

namespace Reports.Site;

/// <summary>
/// What a build did: every diagnostic, and which output files were written, left unchanged or removed
/// (site-relative paths, ordinal). A failed build writes nothing: all three lists are empty.
/// </summary>
public sealed record BuildOutcome(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> FilesWritten,
    IReadOnlyList<string> FilesUnchanged,
    IReadOnlyList<string> FilesRemoved)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int PageCount => FilesWritten.Concat(FilesUnchanged).Count(p => p.EndsWith(".html", StringComparison.Ordinal));

    public static BuildOutcome Failed(IReadOnlyList<Diagnostic> diagnostics) => new(diagnostics, [], [], []);
}
