namespace Reports.Site.Models;

/// <summary>One fact in two weeks, as words: a threshold band, a decision, a No-Go condition, an SLO's verdict.</summary>
/// <param name="Changed">The two sides differ: the page marks the row.</param>
public sealed record CompareValueRow(string Label, string Before, string After, bool Changed);
