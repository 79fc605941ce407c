using System.Collections.Immutable;
using Reports.Diagnostics;

namespace Reports.Publishing;

/// <summary>What publishing did: files written (new or changed), left unchanged, and removed; or why it refused.</summary>
public sealed record PublishResult(int Written, int Unchanged, int Removed, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>Site paths of the files written (new or changed), ordinal.</summary>
    public ImmutableArray<string> WrittenPaths { get; init; } = [];

    /// <summary>Site paths of the files removed, ordinal.</summary>
    public ImmutableArray<string> RemovedPaths { get; init; } = [];

    internal static PublishResult Refused(params ImmutableArray<Diagnostic> diagnostics) => new(0, 0, 0, diagnostics);
}
