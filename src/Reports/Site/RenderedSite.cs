using System.Collections.Immutable;
using Reports.Diagnostics;

namespace Reports.Site;

/// <summary>The whole site in memory (site-relative path → bytes, ordinal) and every diagnostic of building it.</summary>
public sealed record RenderedSite(ImmutableSortedDictionary<string, ImmutableArray<byte>> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public static RenderedSite Failed(IReadOnlyList<Diagnostic> diagnostics) =>
        new(ImmutableSortedDictionary<string, ImmutableArray<byte>>.Empty.WithComparers(StringComparer.Ordinal), diagnostics);
}
