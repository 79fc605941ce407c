namespace Reports.Site.Models;

/// <summary>Where a page of a long table sits among its pages; addresses are root-relative (<c>incidents/2/</c>).</summary>
/// <param name="Number">This page, from 1.</param>
/// <param name="RowsPerPage">How many rows a full page holds.</param>
/// <param name="Previous">The page before, or null on the first.</param>
/// <param name="Next">The page after, or null on the last.</param>
public sealed record Pager(int Number, int Count, int RowsPerPage, string? Previous, string? Next, IReadOnlyList<PagerLink> Pages)
{
    /// <summary>Whether the table needs more than one page (and so a pager at all).</summary>
    public bool IsPaged => Count > 1;
}
