using Reports.Diagnostics;

namespace Reports.Data.Tables;

/// <summary>The categories one week of <c>scores.csv</c> scores, and where the week first appears.</summary>
internal sealed class WeekCoverage(SourceLocation first)
{
    private readonly HashSet<string> categories = new(StringComparer.Ordinal);
    private bool uncertain;

    public SourceLocation First { get; } = first;

    /// <summary>Adds a row's category; null when the row's category is empty or unknown.</summary>
    public void Add(string? category)
    {
        if (category is null)
        {
            // That row was meant to score some category: counting it as none would report a second, made-up problem.
            uncertain = true;
            return;
        }

        categories.Add(category);
    }

    /// <summary>The rubric categories this week lacks, in rubric order; none when a row's category was unreadable.</summary>
    public IReadOnlyList<string> MissingFrom(KnownIds rubric) =>
        uncertain ? [] : rubric.InOrder.Where(key => !categories.Contains(key)).ToArray();
}
