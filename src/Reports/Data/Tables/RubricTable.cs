using Reports.Data.Csv;
using Reports.Data.Values;
using Reports.Diagnostics;
using Reports.Domain;

namespace Reports.Data.Tables;

/// <summary><c>rubric.csv</c>: the scored categories. Weights are positive whole numbers that sum to 100.</summary>
internal sealed class RubricTable
{
    public static readonly CsvColumn Key = new(0, "key", Required: true);
    public static readonly CsvColumn Name = new(1, "name", Required: true);
    public static readonly CsvColumn Weight = new(2, "weight", Required: true);
    public static readonly CsvColumn Level0 = new(3, "level_0");
    public static readonly CsvColumn Level1 = new(4, "level_1");
    public static readonly CsvColumn Level2 = new(5, "level_2");
    public static readonly CsvColumn Level3 = new(6, "level_3");
    public static readonly CsvColumn Level4 = new(7, "level_4");

    public static readonly CsvSchema Schema = new(DataFiles.Rubric, [Key, Name, Weight, Level0, Level1, Level2, Level3, Level4]);

    private static readonly CsvColumn[] Levels = [Level0, Level1, Level2, Level3, Level4];

    private RubricTable(IReadOnlyList<Category> categories, KnownIds? keys)
    {
        Categories = categories;
        Keys = keys;
    }

    /// <summary>The file could not be read: its categories are unknown, so references to them are not checked.</summary>
    public static RubricTable Unknown { get; } = new([], null);

    public IReadOnlyList<Category> Categories { get; }

    /// <summary>The category keys that were read, or null when the file could not be read or has no rows.</summary>
    public KnownIds? Keys { get; }

    public static RubricTable Read(string path, DiagnosticBag bag)
    {
        var categories = new List<Category>();
        var keys = new List<string>();
        var unique = new UniqueKeys<string>(StringComparer.Ordinal);
        var caseOnly = new CaseOnlyDuplicates("category key");
        var weightSum = 0;
        var weightsValid = true;
        var rows = 0;

        var summary = CsvTableReader.Read(path, Schema, bag, row =>
        {
            rows++;
            var key = CellReader.RequiredText(row, Key);
            var name = CellReader.RequiredText(row, Name);
            var weight = CellReader.WholeNumber(row, Weight, 1, 100);
            var levels = Levels.Select(row.Text).ToArray();

            if (key is not null)
            {
                keys.Add(key);
                caseOnly.Add(key, row, Key);
                unique.Add(key, row, Key, k => $"category key '{k}'");
            }

            weightSum += weight ?? 0;
            weightsValid &= weight is not null;
            if (!row.HasErrors && key is not null && name is not null && weight is int w)
            {
                categories.Add(new Category(key, name, w, levels));
            }
        });

        if (!summary.HeaderRead)
        {
            return Unknown;
        }

        if (summary.Complete && rows == 0)
        {
            bag.Add(DataErrors.NoCategories(SourceLocation.File(path)));
        }
        else if (summary.Complete && weightsValid && summary.Has(Weight) && weightSum != 100)
        {
            // Only when every weight is valid: a sum that includes a typo would point at the wrong problem.
            bag.Add(DataErrors.WeightsDoNotSumTo100(summary.CellOf(Weight), weightSum));
        }

        // An empty rubric is already reported, and after a read that stopped early any key may follow: checking
        // references then could only guess. A skipped row may have defined a category and a repeated key was
        // probably meant to be another one: references are still checked against the keys that were read, and
        // their messages say to fix this file first.
        var keysKnown = !summary.Stopped && (rows > 0 || summary.SkippedRows > 0);
        return new RubricTable(categories, keysKnown ? new KnownIds(keys, partial: !summary.Complete || unique.HasDuplicates) : null);
    }
}
