using System.Globalization;

namespace Reports.Tests.Site;

/// <summary>
/// The example program's evidence rows read the simplest way (split on commas: its date, id, count and result columns
/// hold none), so that tests pin the pages' numbers to a computation that shares no code with the site.
/// </summary>
public sealed class ExampleEvidence
{
    public ExampleEvidence(string dataFolder)
    {
        Slos = [.. Rows(Path.Combine(dataFolder, "slos.csv")).Select(r => (r[0], decimal.Parse(r[3], CultureInfo.InvariantCulture)))];
        Days = [.. Rows(Path.Combine(dataFolder, "slo-days.csv")).Select(r => (Date(r[0]), r[1], long.Parse(r[2], CultureInfo.InvariantCulture), long.Parse(r[3], CultureInfo.InvariantCulture)))];
        Runs = [.. Rows(Path.Combine(dataFolder, "ci-runs.csv"))
            .Select((r, i) => (Check: r[0], Finished: DateTimeOffset.Parse(r[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), Result: r[2], Required: r.Length < 4 || r[3] != "no", Line: i))
            .OrderBy(r => r.Finished).ThenBy(r => r.Line)
            .Select(r => (r.Check, DateOnly.FromDateTime(r.Finished.UtcDateTime), r.Result, r.Required))];
    }

    public IReadOnlyList<(string Id, decimal Objective)> Slos { get; }

    public IReadOnlyList<(DateOnly Date, string Slo, long Good, long Total)> Days { get; }

    /// <summary>In order of finishing, ties in file order.</summary>
    public IReadOnlyList<(string Check, DateOnly On, string Result, bool Required)> Runs { get; }

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Two decimals, rounded toward negative infinity, as "99.87".</summary>
    public static string Down(decimal value) => Math.Round(value, 2, MidpointRounding.ToNegativeInfinity).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Two decimals, rounded toward positive infinity, as "10.00".</summary>
    public static string Up(decimal value) => Math.Round(value, 2, MidpointRounding.ToPositiveInfinity).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>100 × Σgood / Σtotal of one SLO over first…last.</summary>
    public decimal Attainment(string slo, DateOnly first, DateOnly last)
    {
        var days = Days.Where(d => d.Slo == slo && d.Date >= first && d.Date <= last).ToList();
        return 100m * days.Sum(d => d.Good) / days.Sum(d => d.Total);
    }

    /// <summary>Percent of the budget (the 30 days ending on <paramref name="budgetEnd"/>) left after the days first…last.</summary>
    public decimal BudgetLeft(string slo, DateOnly first, DateOnly last, DateOnly budgetEnd)
    {
        var objective = Slos.Single(s => s.Id == slo).Objective;
        var budget = (1 - (objective / 100)) * Days.Where(d => d.Slo == slo && d.Date > budgetEnd.AddDays(-30) && d.Date <= budgetEnd).Sum(d => d.Total);
        var burned = Days.Where(d => d.Slo == slo && d.Date >= first && d.Date <= last).Sum(d => d.Total - d.Good);
        return 100 - (100m * burned / budget);
    }

    /// <summary>The required, non-cancelled runs of the check up to D that failed, counting back from the last.</summary>
    public int FailuresInARow(string check, DateOnly weekOf)
    {
        var count = 0;
        foreach (var run in Runs.Where(r => r.Check == check && r.Required && r.Result != "cancelled" && r.On <= weekOf).Reverse())
        {
            if (run.Result != "fail")
            {
                break;
            }

            count++;
        }

        return count;
    }

    /// <summary>100 × flaky / runs among the check's last 20 non-cancelled runs up to D; null without runs.</summary>
    public decimal? FlakeRate(string check, DateOnly weekOf)
    {
        var last = Runs.Where(r => r.Check == check && r.Result != "cancelled" && r.On <= weekOf).Reverse().Take(20).ToList();
        return last.Count == 0 ? null : 100m * last.Count(r => r.Result == "flaky") / last.Count;
    }

    private static IEnumerable<string[]> Rows(string path) => File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','));
}
