namespace Reports.Scoring.Evidence;

/// <summary>One SLO in one week: its G5 window and verdict, and its error budget burn (null outside phase 2).</summary>
public sealed record SloReport(SloWindow Window, BudgetBurn? Burn)
{
    public string Id => Window.Slo.Id;

    public SloStatus Status => Window.Status;
}
