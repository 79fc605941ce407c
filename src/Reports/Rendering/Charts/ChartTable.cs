namespace Reports.Rendering.Charts;

/// <summary>A chart's numbers as a table: the text alternative a screen reader or a printout reads.</summary>
/// <remarks>Cells are already formatted (invariant culture, two decimals for points).</remarks>
public sealed record ChartTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
