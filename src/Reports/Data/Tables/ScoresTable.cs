using System.Globalization;
using Reports.Data.Csv;
using Reports.Data.Values;
using Reports.Diagnostics;
using Reports.Domain;

namespace Reports.Data.Tables;

/// <summary>
/// <c>scores.csv</c>: one category's score (0–4) in one week. Every scored week has exactly one score for every
/// rubric category; a half-filled week is reported once, naming the missing categories.
/// </summary>
internal sealed class ScoresTable
{
    public static readonly CsvColumn WeekOf = new(0, "week_of", Required: true);
    public static readonly CsvColumn Category = new(1, "category", Required: true);
    public static readonly CsvColumn Score = new(2, "score", Required: true);
    public static readonly CsvColumn Rationale = new(3, "rationale");

    public static readonly CsvSchema Schema = new(DataFiles.Scores, [WeekOf, Category, Score, Rationale]);

    private ScoresTable(IReadOnlyList<Score> scores, IReadOnlySet<DateOnly>? weeks)
    {
        Scores = scores;
        Weeks = weeks;
    }

    public static ScoresTable Unknown { get; } = new([], null);

    public IReadOnlyList<Score> Scores { get; }

    /// <summary>The scored weeks, or null when some row's week could not be read.</summary>
    public IReadOnlySet<DateOnly>? Weeks { get; }

    public static ScoresTable Read(string path, DiagnosticBag bag, KnownIds? categories)
    {
        var scores = new List<Score>();
        var weeks = new Dictionary<DateOnly, WeekCoverage>();
        var unique = new UniqueKeys<(DateOnly Week, string Category)>();
        var everyWeekKnown = true;

        var summary = CsvTableReader.Read(path, Schema, bag, row =>
        {
            var week = CellReader.Date(row, WeekOf);
            var category = CellReader.RequiredText(row, Category);
            var value = CellReader.WholeNumber(row, Score, 0, 4);
            var rationale = CellReader.Markdown(row, Rationale);
            var categoryKnown = category is not null && References.Check(row, Category, "category", category, categories, DataFiles.Rubric);

            if (week is not DateOnly w)
            {
                everyWeekKnown = false;
            }
            else
            {
                if (!weeks.TryGetValue(w, out var coverage))
                {
                    coverage = new WeekCoverage(row.At(WeekOf));
                    weeks.Add(w, coverage);
                }

                coverage.Add(categoryKnown ? category : null);
                if (category is not null)
                {
                    unique.Add((w, category), row, WeekOf, k => $"score for week {Iso(k.Week)} and category '{k.Category}'");
                }
            }

            if (!row.HasErrors && week is DateOnly d && category is not null && value is int v)
            {
                scores.Add(new Score(d, category, v, rationale));
            }
        });

        if (!summary.HeaderRead)
        {
            return Unknown;
        }

        everyWeekKnown &= summary.Complete && summary.Has(WeekOf);
        if (categories is not null && everyWeekKnown && summary.Has(Category))
        {
            foreach (var (week, coverage) in weeks.OrderBy(w => w.Value.First.Line))
            {
                var missing = coverage.MissingFrom(categories);
                if (missing.Count > 0)
                {
                    bag.Add(DataErrors.IncompleteWeek(coverage.First, Iso(week), missing));
                }
            }
        }

        return new ScoresTable(scores, everyWeekKnown ? weeks.Keys.ToHashSet() : null);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
