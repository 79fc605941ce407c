using Reports.Domain;
using Reports.Site.Models;

namespace Reports.Site.Views;

/// <summary>
/// The incident and finding rows a session built last, given back while the incidents (or findings) are equal item
/// by item: rows are made from those lists alone. The pages that list them then see the very same rows, whose
/// hashes (<see cref="Pipeline.ISharedModel"/>) are computed once per session instead of once per build.
/// </summary>
public sealed class SharedRows
{
    private readonly Lock _gate = new();
    private Kept<Incident, IncidentRow>? _incidents;
    private Kept<Finding, FindingRow>? _findings;

    internal Dictionary<string, IncidentRow> Incidents(IReadOnlyList<Incident> incidents, Func<IReadOnlyList<Incident>, Dictionary<string, IncidentRow>> build) =>
        Get(ref _incidents, incidents, build);

    internal Dictionary<string, FindingRow> Findings(IReadOnlyList<Finding> findings, Func<IReadOnlyList<Finding>, Dictionary<string, FindingRow>> build) =>
        Get(ref _findings, findings, build);

    private Dictionary<string, TRow> Get<TItem, TRow>(ref Kept<TItem, TRow>? kept, IReadOnlyList<TItem> items, Func<IReadOnlyList<TItem>, Dictionary<string, TRow>> build)
    {
        lock (_gate)
        {
            if (kept is { } last && last.Items.SequenceEqual(items))
            {
                return last.Rows;
            }
        }

        var rows = build(items);
        lock (_gate)
        {
            kept = new Kept<TItem, TRow>(items, rows);
        }

        return rows;
    }

    private sealed record Kept<TItem, TRow>(IReadOnlyList<TItem> Items, Dictionary<string, TRow> Rows);
}
