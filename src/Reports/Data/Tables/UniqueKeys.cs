using Reports.Data.Csv;
using Reports.Diagnostics;

namespace Reports.Data.Tables;

/// <summary>
/// Finds rows whose key repeats an earlier row's. Keys compare with <paramref name="comparer"/> (ordinal for ids);
/// nothing is formatted unless a key repeats, since files can have millions of rows.
/// </summary>
internal sealed class UniqueKeys<TKey>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> firstLine = new(comparer);

    /// <summary>Whether any key repeated: then one of the rows probably meant another key, which is unknown.</summary>
    public bool HasDuplicates { get; private set; }

    /// <summary>Adds the key of <paramref name="row"/>; false (and reported at <paramref name="column"/>) when an earlier row has it.</summary>
    /// <param name="describe">Names the key in the message, such as <c>incident id 'INC-1'</c>; called only for a duplicate.</param>
    public bool Add(TKey key, SourceRow row, CsvColumn column, Func<TKey, string> describe)
    {
        if (firstLine.TryGetValue(key, out var line))
        {
            row.Report(DataErrors.DuplicateKey(row.At(column), describe(key), line));
            HasDuplicates = true;
            return false;
        }

        firstLine.Add(key, row.Line);
        return true;
    }
}
