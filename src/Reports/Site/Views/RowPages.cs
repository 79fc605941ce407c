using System.Globalization;
using Reports.Site.Models;

namespace Reports.Site.Views;

/// <summary>
/// How a long table (incidents, findings) is spread over pages: its rows in the table's order, <see cref="RowsPerPage"/>
/// to a page, the first page at <c>incidents/</c>, the next ones at <c>incidents/2/</c>, <c>incidents/3/</c> … The one
/// rule for where a row is: every link to a row, from any page, is its <see cref="RowHref"/>.
/// </summary>
public sealed class RowPages
{
    /// <summary>A page of 500 rows stays under a megabyte of HTML and renders like any other page.</summary>
    public const int RowsPerPage = 500;

    private readonly int _rowCount;

    /// <param name="url">The first page's address, e.g. <c>incidents/</c>.</param>
    public RowPages(string url, int rowCount)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        Url = url;
        _rowCount = rowCount;
    }

    public string Url { get; }

    /// <summary>How many pages the table takes; an empty table still has its first page.</summary>
    public int Count => Math.Max(1, (_rowCount + RowsPerPage - 1) / RowsPerPage);

    /// <summary>The 1-based page that holds the row at <paramref name="rowIndex"/> (0-based, in the table's order).</summary>
    public static int PageOf(int rowIndex) => (rowIndex / RowsPerPage) + 1;

    /// <summary>The address of page <paramref name="page"/> (1-based): <c>incidents/</c>, <c>incidents/2/</c> ….</summary>
    public string PageUrl(int page) => page == 1 ? Url : Url + page.ToString(CultureInfo.InvariantCulture) + "/";

    /// <summary>The root-relative link to a row: its page's address and its fragment id.</summary>
    public string RowHref(int rowIndex, string anchor) => PageUrl(PageOf(rowIndex)) + "#" + anchor;

    /// <summary>The rows of page <paramref name="page"/> (1-based), as a range of the table's row indexes.</summary>
    public static Range Rows(int page) => new((page - 1) * RowsPerPage, page * RowsPerPage);

    /// <summary>
    /// The links between the pages, as page <paramref name="page"/> shows them: previous and next, and the numbers of the
    /// first, the last and those near the current page (a gap stands for the others), so 400 pages do not make 400 links each.
    /// </summary>
    public Pager Pager(int page)
    {
        var shown = new SortedSet<int> { 1, Count };
        for (var near = Math.Max(1, page - 2); near <= Math.Min(Count, page + 2); near++)
        {
            shown.Add(near);
        }

        var links = new List<PagerLink>();
        var last = 0;
        foreach (var number in shown)
        {
            links.Add(new PagerLink(number.ToString(CultureInfo.InvariantCulture), PageUrl(number), number == page, number > last + 1));
            last = number;
        }

        return new Pager(
            page,
            Count,
            RowsPerPage,
            page > 1 ? PageUrl(page - 1) : null,
            page < Count ? PageUrl(page + 1) : null,
            links);
    }
}
