namespace Reports.Publishing;

/// <summary>A URL as written in a page, with the line and column of the element (or CSS) that holds it.</summary>
internal sealed record PageLink(string Url, int Line, int Column);
