namespace Reports.Data.Tables;

/// <summary>
/// The ids one file defines (rubric keys, gate ids, pillars), in file order, for checking references from other
/// files. Ids compare case-sensitively.
/// </summary>
internal sealed class KnownIds(IEnumerable<string> ids)
{
    private readonly HashSet<string> set = new(ids, StringComparer.Ordinal);

    public IReadOnlyList<string> InOrder { get; } = ids.Distinct(StringComparer.Ordinal).ToArray();

    public bool Contains(string id) => set.Contains(id);

    /// <summary>The id that differs from <paramref name="id"/> only in case, if any.</summary>
    public string? CaseVariantOf(string id) =>
        InOrder.FirstOrDefault(known => string.Equals(known, id, StringComparison.OrdinalIgnoreCase));
}
