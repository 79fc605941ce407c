namespace Reports.Archive;

/// <summary>A page made to open on its own, from disk: its HTML, and the site files it needs beside it.</summary>
/// <param name="Files">Snapshot path (<c>assets/site.1a2b3c4d.css</c>, <c>report.json</c>) → the site file it copies, in ordinal order.</param>
public sealed record FrozenPage(string Html, IReadOnlyList<KeyValuePair<string, string>> Files);
