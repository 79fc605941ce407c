namespace Reports.Diagnostics;

/// <summary>
/// Collects the diagnostics of one file, keeping at most <see cref="Limit"/> of them: a broken 50 MB file must
/// not produce a million messages. The rest are counted and summarized by one <see cref="ErrorCodes.DiagnosticsSuppressed"/>.
/// </summary>
public sealed class DiagnosticBag(string path, int limit = DiagnosticBag.DefaultLimit)
{
    public const int DefaultLimit = 100;

    private readonly List<Diagnostic> kept = [];
    private int suppressed;
    private bool suppressedAnError;

    public string Path { get; } = path;

    public int Limit { get; } = limit;

    /// <summary>Errors added so far, suppressed ones included.</summary>
    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    /// <summary>Whether every further diagnostic will only be counted, not kept.</summary>
    public bool IsFull => kept.Count >= Limit;

    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.IsError)
        {
            ErrorCount++;
        }

        if (kept.Count < Limit)
        {
            kept.Add(diagnostic);
            return;
        }

        suppressed++;
        suppressedAnError |= diagnostic.IsError;
    }

    /// <summary>The kept diagnostics in position order (file-level first), then the summary of the suppressed ones.</summary>
    public IReadOnlyList<Diagnostic> ToList()
    {
        var list = kept.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        if (suppressed > 0)
        {
            list.Add(DataErrors.DiagnosticsSuppressed(Path, suppressed, suppressedAnError));
        }

        return list;
    }
}
