using System.Collections.Immutable;

namespace Reports.Publishing;

/// <summary>What one published file offers and asks for: the ids links may target, and its own links.</summary>
internal sealed record ScannedPage(ImmutableHashSet<string> Ids, ImmutableArray<PageLink> Links);
