namespace Reports.Cli.Serve;

/// <summary>One batch of source changes: the changed paths, and when the first change was seen (a Stopwatch timestamp).</summary>
public sealed record SourceChanges(IReadOnlyList<string> Paths, long FirstSeen);
