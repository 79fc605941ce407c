using System.Collections.Immutable;
using Reports.Pipeline;

namespace Reports.Publishing;

/// <summary>What one published file offers and asks for: the ids links may target, and its own links.</summary>
internal sealed record ScannedPage(ImmutableHashSet<string> Ids, ImmutableArray<PageLink> Links)
{
    /// <summary>A fingerprint of <see cref="Ids"/>: what other pages' fragment links depend on.</summary>
    /// <remarks>Computed when first asked for: only a check with a cache asks.</remarks>
    public string IdsKey => field ??= ModelFingerprint.Of([.. Ids.Order(StringComparer.Ordinal)]);
}
