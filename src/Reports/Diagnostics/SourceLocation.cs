namespace Reports.Diagnostics;

/// <summary>Where a diagnostic points: a path and a 1-based line and column, or line 0 for the file as a whole.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>The file as a whole, for problems that no line can show (a missing or binary file).</summary>
    public static SourceLocation File(string path) => new(path, 0, 0);
}
