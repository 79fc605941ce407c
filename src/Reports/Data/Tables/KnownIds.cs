namespace Reports.Data.Tables;

/// <summary>
/// The ids one file defines (rubric keys, gate ids, pillars), in file order, for checking references from other
/// files. Ids compare case-sensitively.
/// </summary>
/// <param name="partial">Some rows of the defining file could not be read or repeat an id, so an id may be missing.</param>
internal sealed class KnownIds(IEnumerable<string> ids, bool partial = false)
{
    private readonly HashSet<string> set = new(ids, StringComparer.Ordinal);

    public IReadOnlyList<string> InOrder { get; } = ids.Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Whether the defining file had rows that could not be read or that repeat an id: a reference the ids lack
    /// may then be meant for such a row, and its message says to fix that file first.
    /// </summary>
    public bool Partial { get; } = partial;

    public bool Contains(string id) => set.Contains(id);

    /// <summary>The id that differs from <paramref name="id"/> only in case, if any.</summary>
    public string? CaseVariantOf(string id) =>
        InOrder.FirstOrDefault(known => string.Equals(known, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The id <paramref name="id"/> was most likely meant to be: a case variant or a close spelling.</summary>
    public string? Meant(string id) => Contains(id) ? id : CaseVariantOf(id) ?? Suggestions.Closest(id, InOrder);
}
