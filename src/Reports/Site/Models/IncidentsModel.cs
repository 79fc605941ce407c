namespace Reports.Site.Models;

/// <summary>
/// One page of the incidents table, open ones first: <see cref="Open"/> and <see cref="Resolved"/> are this page's rows,
/// <see cref="OpenCount"/> and <see cref="ResolvedCount"/> the whole table's.
/// </summary>
public sealed record IncidentsModel(IReadOnlyList<IncidentRow> Open, IReadOnlyList<IncidentRow> Resolved, int OpenCount, int ResolvedCount, Pager Pager)
{
    /// <summary>The whole table as CSV, every page of it.</summary>
    public TableLink? Csv { get; init; }
}
