using System.Collections.Immutable;
using Reports.Diagnostics;

namespace Reports.Publishing;

/// <summary>What publishing did: files written (new or changed), left unchanged, and removed; or why it refused.</summary>
public sealed record PublishResult(int Written, int Unchanged, int Removed, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    internal static PublishResult Refused(params ImmutableArray<Diagnostic> diagnostics) => new(0, 0, 0, diagnostics);
}
