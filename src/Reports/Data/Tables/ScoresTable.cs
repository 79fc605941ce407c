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

    private ScoresTable(IReadOnlyList<Score> scores, IReadOnlySet<DateOnly>? weeks, bool weeksPartial)
    {
        Scores = scores;
        Weeks = weeks;
        WeeksPartial = weeksPartial;
    }

    public static ScoresTable Unknown { get; } = new([], null, false);

    public IReadOnlyList<Score> Scores { get; }

    /// <summary>
    /// The weeks that rows score, or null when reading stopped early. Rows whose week could not be read are reported
    /// themselves; the other files are still checked against the weeks that were read.
    /// </summary>
    public IReadOnlySet<DateOnly>? Weeks { get; }

    /// <summary>Some rows could not be read or had no readable week: one of them may score a week <see cref="Weeks"/> lacks.</summary>
    public bool WeeksPartial { get; }

    public static ScoresTable Read(string path, DiagnosticBag bag, KnownIds? categories)
    {
        var scores = new List<Score>();
        var weeks = new Dictionary<DateOnly, WeekCoverage>();
        var unique = new UniqueKeys<(DateOnly Week, string Category)>();
        var undated = new HashSet<string>(StringComparer.Ordinal);
        var undatedUnknown = 0;

        var summary = CsvTableReader.Read(path, Schema, bag, row =>
        {
            var week = CellReader.Date(row, WeekOf);
            var category = CellReader.RequiredText(row, Category);
            var value = CellReader.WholeNumber(row, Score, 0, 4);
            var rationale = CellReader.Markdown(row, Rationale);
            if (category is not null)
            {
                References.Check(row, Category, "category", category, categories, DataFiles.Rubric);
            }

            var meant = category is null ? null : categories?.Meant(category);
            if (week is not DateOnly w)
            {
                // The row scores some week: it may be the one another week lacks.
                if (meant is null)
                {
                    undatedUnknown++;
                }
                else
                {
                    undated.Add(meant);
                }
            }
            else
            {
                if (!weeks.TryGetValue(w, out var coverage))
                {
                    coverage = new WeekCoverage(row.At(WeekOf));
                    weeks.Add(w, coverage);
                }

                coverage.Add(meant);
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

        // After a read that stopped early the rest of the file could score anything; skipped rows could score one
        // category each, like rows whose week or category could not be read.
        var weeksReadable = !summary.Stopped && summary.Has(WeekOf);
        if (categories is not null && weeksReadable && summary.Has(Category))
        {
            foreach (var (week, coverage) in weeks.OrderBy(w => w.Value.First.Line))
            {
                var missing = coverage.MissingFrom(categories, undated, undatedUnknown + summary.SkippedRows);
                if (missing.Count > 0)
                {
                    bag.Add(DataErrors.IncompleteWeek(coverage.First, Iso(week), missing));
                }
            }
        }

        var weeksPartial = summary.SkippedRows > 0 || undated.Count + undatedUnknown > 0;
        return new ScoresTable(scores, weeksReadable ? weeks.Keys.ToHashSet() : null, weeksPartial);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
