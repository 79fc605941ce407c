using Reports.Data.Csv;
using Reports.Diagnostics;

namespace Reports.Data.Tables;

/// <summary>
/// Warns about ids that differ only in letter case (<c>ki-1</c> and <c>KI-1</c>): ids are case-sensitive, so these
/// are two things, but more often they are one thing spelt twice.
/// </summary>
internal sealed class CaseOnlyDuplicates(string kind)
{
    private readonly Dictionary<string, (string Spelling, int Line)> byFoldedCase = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string id, SourceRow row, CsvColumn column)
    {
        if (!byFoldedCase.TryGetValue(id, out var other))
        {
            byFoldedCase.Add(id, (id, row.Line));
        }
        else if (!string.Equals(other.Spelling, id, StringComparison.Ordinal))
        {
            row.Report(DataErrors.CaseOnlyDuplicate(row.At(column), kind, id, other.Spelling, other.Line));
        }
    }
}
