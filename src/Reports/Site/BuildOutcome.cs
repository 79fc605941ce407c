using Reports.Diagnostics;

namespace Reports.Site;

/// <summary>
/// What a build did: every diagnostic, how many pages the site has, and how many output files were written
/// (new or changed), left unchanged or removed. A failed build writes nothing: the counts are zero.
/// </summary>
public sealed record BuildOutcome(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int FilesWritten, int FilesUnchanged, int FilesRemoved)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>Site paths of the files written (new or changed), ordinal; empty when the build failed.</summary>
    public IReadOnlyList<string> WrittenPaths { get; init; } = [];

    /// <summary>Site paths of the files removed, ordinal.</summary>
    public IReadOnlyList<string> RemovedPaths { get; init; } = [];

    public static BuildOutcome Failed(IReadOnlyList<Diagnostic> diagnostics) => new(diagnostics, 0, 0, 0, 0);
}
