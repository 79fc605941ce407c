using Reports.Scoring;
using ScottPlot;

namespace Reports.Rendering.Charts;

/// <summary>
/// Weeks × categories, one cell per score with a discrete colour per level and a legend. Cells of a level are
/// one path, so 520 weeks stay small; week labels are a readable subset; digits are drawn in cells wide enough.
/// </summary>
internal sealed class ScoreHeatmapChart : ChartJob
{
    private const int RowHeight = 30;
    private const float MinimumCellForDigits = 16;
    private const string ChartTitle = "Category scores by week";

    private readonly (string Key, string Name)[] categories;
    private readonly DateOnly[] weeks;

    /// <summary>Scores[week][category], -1 where a week lacks a category's score.</summary>
    private readonly int[][] scores;

    private ScoreHeatmapChart((string, string)[] categories, DateOnly[] weeks, int[][] scores)
    {
        this.categories = categories;
        this.weeks = weeks;
        this.scores = scores;
    }

    public override string Slug => "heatmap";

    public override int Cost => weeks.Length * categories.Length / 4;

    private int Height => 110 + (RowHeight * Math.Max(categories.Length, 1));

    /// <summary>What is left of the width beside the category names.</summary>
    private static float PlotWidth(ChartSize size) => size.Width - size.Pick(260, 190);

    public static ScoreHeatmapChart From(ProgramReport report)
    {
        (string Key, string Name)[] categories = [.. report.Data.Rubric.Select(c => (c.Key, c.Name))];
        DateOnly[] weeks = [.. report.Weeks.Select(w => w.WeekOf)];
        int[][] scores = [.. report.Weeks.Select(w => categories
            .Select(c => w.Categories.FirstOrDefault(r => r.Category.Key == c.Key)?.Score ?? -1)
            .ToArray())];
        return new ScoreHeatmapChart(categories, weeks, scores);
    }

    protected override void Describe(CanonicalInputs inputs)
    {
        foreach ((string key, string name) in categories)
        {
            inputs.Add("category", key).Add("name", name);
        }

        for (int w = 0; w < weeks.Length; w++)
        {
            inputs.Add("week", weeks[w]).Add("scores", string.Join(",", scores[w].Select(Invariant.Integer)));
        }
    }

    protected override Chart Draw(ChartSize size)
    {
        string[] headers = ["Week of", .. categories.Select(c => ChartText.Clean(c.Name))];
        if (weeks.Length == 0 || categories.Length == 0)
        {
            return EmptyChart.Render(Slug, ChartTitle, "No scored weeks yet", size, Height, headers);
        }

        string alt = AltText();
        using ChartCanvas canvas = new(size, Height + size.Pick(0, 20));
        canvas.Plot.Grid.IsVisible = false;
        float cellWidth = PlotWidth(size) / weeks.Length;
        bool separateCells = cellWidth >= 6;
        FilledRectangles[] levels = [.. Enumerable.Range(0, 5).Select(level =>
            new FilledRectangles(ChartPalette.Level(level)) { Inset = separateCells ? 1 : 0 })];
        CellLabels digits = new();
        int rows = categories.Length;
        for (int c = 0; c < rows; c++)
        {
            // First rubric category on top.
            double top = rows - c;
            int start = 0;
            for (int w = 1; w <= weeks.Length; w++)
            {
                // Narrow cells of equal score merge into one rectangle: a 520-week row is a handful of runs.
                if (!separateCells && w < weeks.Length && scores[w][c] == scores[start][c])
                {
                    continue;
                }

                int score = scores[start][c];
                if (score is >= 0 and <= 4)
                {
                    levels[score].Add(start, w, top - 1, top);
                    if (cellWidth >= MinimumCellForDigits)
                    {
                        digits.Add(start + 0.5, top - 0.5, Invariant.Integer(score), ChartPalette.OnLevel(score));
                    }
                }

                start = w;
            }
        }

        foreach (FilledRectangles level in levels)
        {
            canvas.Plot.Add.Plottable(level);
        }

        canvas.Plot.Add.Plottable(digits);
        Tick[] yTicks = [.. categories.Select((c, i) => Tick.Major(rows - i - 0.5, ChartText.Clean(c.Name)))];
        canvas.Ticks(WeekTicks(size), yTicks);
        canvas.Plot.Axes.Left.MajorTickStyle.Length = 0;
        canvas.Plot.Axes.Bottom.Label.Text = "Week of";
        canvas.Limits(0, weeks.Length, 0, rows);
        canvas.LegendBelow(Enumerable.Range(0, 5).Select(level => new LegendItem
        {
            LabelText = "score " + Invariant.Integer(level),
            FillColor = ChartPalette.Level(level),
            LineWidth = 0,
        }));
        return new Chart(Slug, ChartTitle, canvas.ToSvg(Slug, ChartTitle, alt), alt, new ChartTable(headers, Rows()));
    }

    /// <summary>Every k-th week at its cell's centre, k a round number chosen so labels do not touch.</summary>
    private Tick[] WeekTicks(ChartSize size)
    {
        int fit = Math.Max(1, (int)(PlotWidth(size) / 96));
        int stride = 1;
        foreach (int candidate in (ReadOnlySpan<int>)[1, 2, 4, 8, 13, 26, 52, 104, 156, 260, 520, 1040])
        {
            stride = candidate;
            if ((weeks.Length + candidate - 1) / candidate <= fit)
            {
                break;
            }
        }

        return [.. Enumerable.Range(0, weeks.Length).Where(w => w % stride == 0)
            .Select(w => Tick.Major(w + 0.5, Invariant.Date(weeks[w])))];
    }

    private string AltText()
    {
        int[] latest = scores[^1];
        string period = weeks.Length == 1
            ? "in the week of " + Invariant.Date(weeks[0])
            : "over " + Invariant.Count(weeks.Length, "week", "weeks") + " (" + Invariant.Date(weeks[0]) + " to " + Invariant.Date(weeks[^1]) + ")";
        string latestScores = string.Join(", ", categories.Select((c, i) =>
            ChartText.Clean(c.Name) + " " + (latest[i] < 0 ? "not scored" : Invariant.Integer(latest[i]))));
        string text = "Scores of " + Invariant.Count(categories.Length, "category", "categories") + " " + period
            + ". Latest week: " + latestScores + ".";
        int lowest = latest.Where(s => s >= 0).DefaultIfEmpty(-1).Min();
        if (lowest >= 0)
        {
            string[] lowestNames = [.. categories.Where((c, i) => latest[i] == lowest).Select(c => ChartText.Clean(c.Name))];
            text += " Lowest: " + string.Join(", ", lowestNames) + " at " + Invariant.Integer(lowest) + ".";
        }

        return text;
    }

    private List<IReadOnlyList<string>> Rows() =>
        [.. weeks.Select((week, w) => (IReadOnlyList<string>)
            [Invariant.Date(week), .. scores[w].Select(s => s < 0 ? "–" : Invariant.Integer(s))])];
}
