using System.Globalization;
using Reports.Data;
using Reports.Diagnostics;
using Reports.Scoring.Evidence;

namespace Reports.Scoring;

/// <summary>
/// Warns of a scored week that records no gate result at all, usually a new week whose gate review was forgotten:
/// its phase's gates that the evidence does not compute are unknown, which blocks the phase exit as silently as a failure would.
/// </summary>
public static class WeeksWithoutGateResults
{
    /// <param name="dataDirectory">The data folder as given, for the diagnostic's path (<c>data/gate-results.csv</c>).</param>
    public static IReadOnlyList<Diagnostic> Find(ProgramReport report, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var recorded = report.Data.GateResults.Select(r => r.WeekOf).ToHashSet();
        var at = SourceLocation.File(Path.Combine(dataDirectory, DataFiles.GateResults).Replace('\\', '/'));
        return report.Weeks
            .Where(week => !recorded.Contains(week.WeekOf))
            .Select(week => (week.WeekOf, Gates: week.PhaseGates.Where(g => g.Source != GateSource.Computed).Select(g => g.Gate.Id).ToArray()))
            .Where(week => week.Gates.Length > 0)
            .Select(week => DataErrors.WeekWithoutGateResults(
                at, week.WeekOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), GateList(week.Gates), week.Gates.Length))
            .ToArray();
    }

    /// <summary>"G1–G4" for a run of numbered ids, else "G1, G5" (three or more in a run read better as a range).</summary>
    internal static string GateList(IReadOnlyList<string> ids)
    {
        var numbers = ids.Select(Split).ToArray();
        var run = ids.Count >= 3
            && numbers.All(n => n.Number is not null && n.Prefix == numbers[0].Prefix)
            && numbers.Zip(numbers.Skip(1)).All(p => p.Second.Number == p.First.Number + 1);
        return run ? $"{ids[0]}–{ids[^1]}" : string.Join(", ", ids);
    }

    private static (string Prefix, int? Number) Split(string id)
    {
        var digits = id.Length - id.Reverse().TakeWhile(char.IsAsciiDigit).Count();
        return digits < id.Length && int.TryParse(id.AsSpan(digits), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? (id[..digits], n)
            : (id, null);
    }
}
