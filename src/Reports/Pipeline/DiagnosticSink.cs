using System.Collections.Immutable;
using Reports.Diagnostics;

namespace Reports.Pipeline;

/// <summary>
/// A thread-safe collector of diagnostics. Identical diagnostics are kept once (a broken partial used by
/// 500 pages is one problem) and <see cref="ToSortedArray"/> orders them so output never depends on timing.
/// </summary>
public sealed class DiagnosticSink
{
    private readonly Lock _gate = new();
    private readonly HashSet<Diagnostic> _items = [];

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Any(d => d.IsError);
            }
        }
    }

    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public ImmutableArray<Diagnostic> ToSortedArray()
    {
        lock (_gate)
        {
            return Sort(_items);
        }
    }

    /// <summary>Path, line, column, code, message: the order a person reads a compiler's output in.</summary>
    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ThenBy(d => d.Severity)];
}
