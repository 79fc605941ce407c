using Reports.Data.Csv;
using Reports.Diagnostics;

namespace Reports.Data.Tables;

/// <summary>Checks that a cell names an id another file defines.</summary>
internal static class References
{
    /// <summary>
    /// Whether <paramref name="id"/> is one of <paramref name="known"/>; reports it with a suggestion when not.
    /// When <paramref name="known"/> is null the defining file could not be read, and nothing is reported.
    /// </summary>
    public static bool Check(SourceRow row, CsvColumn column, string kind, string id, KnownIds? known, string definedIn)
    {
        if (known is null || known.Contains(id))
        {
            return true;
        }

        var caseVariant = known.CaseVariantOf(id);
        var suggestion = caseVariant ?? Suggestions.Closest(id, known.InOrder);
        row.Report(DataErrors.UnknownReference(row.At(column), kind, id, suggestion, caseOnly: caseVariant is not null, definedIn, known.Partial));
        return false;
    }
}
