using Reports.Rendering.Charts;

namespace Reports.Site.Views;

/// <summary>A table a page offers as CSV: where the file goes, and its rows, made only when the file is written.</summary>
public sealed record TableFile(string Path, Func<ChartTable> Table);
