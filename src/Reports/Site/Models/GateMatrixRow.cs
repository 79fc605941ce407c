namespace Reports.Site.Models;

/// <summary>One week's row in the weeks × gates matrix; <see cref="Cells"/> follow the gates' file order.</summary>
public sealed record GateMatrixRow(string WeekOf, string Href, int Phase, IReadOnlyList<StatusChip> Cells);
