namespace Reports.Site.Models;

/// <summary>The gates page: the weeks × gates matrix (newest week first) and every gate's definition.</summary>
public sealed record GatesModel(IReadOnlyList<GateDefinitionView> Gates, IReadOnlyList<GateMatrixRow> Matrix, bool MatrixCollapsed)
{
    /// <summary>The weeks × gates matrix as CSV.</summary>
    public TableLink? MatrixCsv { get; init; }

    /// <summary>The rows the page shows: the newest <see cref="Views.ShownRows.Weeks"/> weeks; the CSV has every week.</summary>
    public IReadOnlyList<GateMatrixRow> ShownMatrix => Views.ShownRows.First(Matrix, Views.ShownRows.Weeks);
}
