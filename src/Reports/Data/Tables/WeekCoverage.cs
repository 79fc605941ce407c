using Reports.Diagnostics;

namespace Reports.Data.Tables;

/// <summary>The categories one week of <c>scores.csv</c> scores, and where the week first appears.</summary>
internal sealed class WeekCoverage(SourceLocation first)
{
    private readonly HashSet<string> categories = new(StringComparer.Ordinal);

    public SourceLocation First { get; } = first;

    /// <summary>Rows of this week whose category is empty or unknown with no likely spelling: each could be any.</summary>
    public int Uncertain { get; private set; }

    /// <summary>
    /// Adds a row's category: the rubric key it names or most likely means (<c>securty</c> means <c>security</c>,
    /// already reported as unknown), or null when nobody can tell.
    /// </summary>
    public void Add(string? category)
    {
        if (category is null)
        {
            Uncertain++;
            return;
        }

        categories.Add(category);
    }

    /// <summary>
    /// The rubric categories this week certainly lacks, in rubric order: none unless more are missing than the
    /// rows that could have scored them. <paramref name="maybeElsewhere"/> are the categories of rows whose week could
    /// not be read, and <paramref name="unknownRows"/> the rows of the file that could have scored any week anything.
    /// </summary>
    public IReadOnlyList<string> MissingFrom(KnownIds rubric, IReadOnlySet<string> maybeElsewhere, int unknownRows)
    {
        var missing = rubric.InOrder.Where(key => !categories.Contains(key) && !maybeElsewhere.Contains(key)).ToArray();

        // Reporting missing categories that an unreadable row may have scored would report a made-up problem.
        return missing.Length > Uncertain + unknownRows ? missing : [];
    }
}
