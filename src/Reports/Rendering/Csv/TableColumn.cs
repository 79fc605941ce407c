namespace Reports.Rendering.Csv;

/// <summary>One column of a table a page shows: its header, and the cell a row gives it, formatted as the page prints it.</summary>
public sealed record TableColumn<TRow>(string Header, Func<TRow, string> Cell);
