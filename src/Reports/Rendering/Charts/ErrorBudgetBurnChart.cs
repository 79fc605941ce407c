using Reports.Domain;
using Reports.Scoring;
using Reports.Scoring.Evidence;
using ScottPlot;

namespace Reports.Rendering.Charts;

/// <summary>
/// Error budget burn-down over the latest validation window: for each SLO, the share of its budget (the
/// <c>error_budget_period_days</c> ending on the window's last day, as G7 counts it) still left after each day,
/// with G7's limit as a labelled line. Outside phase 2 it shows the last validation window the program had.
/// </summary>
internal sealed class ErrorBudgetBurnChart : ChartJob
{
    public const string ChartSlug = "error-budget-burn";
    private const string ChartTitle = "Error budget left during the validation window";

    /// <summary>Colours for the SLO lines, in order; an eleventh SLO reuses the first colour.</summary>
    private static readonly Color[] LineColors =
    [
        ChartPalette.Blue, ChartPalette.Orange, ChartPalette.BluishGreen, ChartPalette.ReddishPurple, ChartPalette.SkyBlue,
        ChartPalette.Vermillion, ChartPalette.Black, ChartPalette.Yellow,
    ];

    private readonly DayRange? window;
    private readonly decimal burnMax;
    private readonly Line[] lines;

    private ErrorBudgetBurnChart(DayRange? window, decimal burnMax, Line[] lines)
    {
        this.window = window;
        this.burnMax = burnMax;
        this.lines = lines;
    }

    public override string Slug => ChartSlug;

    public override int Cost => lines.Sum(l => l.Burned.Length);

    public static ErrorBudgetBurnChart From(ProgramReport report, EvidenceIndex evidence)
    {
        EvidencePolicy policy = report.Data.Policy.Evidence;
        WeekResult? week = report.Weeks.LastOrDefault(w => w.Evidence.ValidationWindow is not null);
        if (week?.Evidence.ValidationWindow is not DayRange window)
        {
            return new ErrorBudgetBurnChart(null, policy.ErrorBudgetBurnMax, []);
        }

        Line[] lines = [.. evidence.Slos.Select(slo =>
        {
            BudgetBurn burn = ErrorBudgetRule.Burn(slo, week.WeekOf, window, policy, evidence);
            decimal sum = 0;
            decimal[] burned = [.. window.EachDay().Select(d => sum += evidence.Day(slo.Id, d) is { } day ? day.Total - day.Good : 0)];
            return new Line(slo.Id, burn.Budget, burned);
        })];
        return new ErrorBudgetBurnChart(window, policy.ErrorBudgetBurnMax, lines);
    }

    /// <summary>Percent of the budget left after a cumulative burn; null when a zero budget is burned at all.</summary>
    public static decimal? Left(decimal burned, decimal budget) =>
        burned == 0 ? 100m : budget == 0 ? null : 100m - (100m * burned / budget);

    protected override void Describe(CanonicalInputs inputs)
    {
        inputs.Add("burn-max", burnMax);
        if (window is DayRange range)
        {
            inputs.Add("first", range.First).Add("last", range.Last);
        }

        foreach (Line line in lines)
        {
            inputs.Add("slo", line.Slo).Add("budget", line.Budget);
            foreach (decimal burned in line.Burned)
            {
                inputs.Add("burned", burned);
            }
        }
    }

    protected override Chart Draw(ChartSize size)
    {
        int height = size.Pick(420, 380);
        string[] headers = ["Day", .. lines.Select(l => l.Slo + " (% left)")];
        if (window is not DayRange range || lines.Length == 0)
        {
            return EmptyChart.Render(Slug, ChartTitle, window is null ? "No validation window yet" : "No SLO defined", size, 120, headers);
        }

        using ChartCanvas canvas = new(size, height);
        DateOnly[] dates = [.. range.EachDay()];
        double lowest = Math.Max(-100, lines.SelectMany(l => l.Burned.Select(b => Left(b, l.Budget) ?? -100m)).Select(v => (double)v).DefaultIfEmpty(0).Min());
        double bottom = Math.Min(0, Math.Floor(lowest / 20) * 20);
        canvas.Thresholds([(100m - burnMax, "G7 limit: " + Invariant.Number(burnMax) + " % burned", ChartPalette.FreezeLine)]);
        List<LegendItem> legend = [];
        double[] xs = [.. dates.Select(d => (double)d.DayNumber)];
        for (int i = 0; i < lines.Length; i++)
        {
            Color color = LineColors[i % LineColors.Length];
            double[] ys = [.. lines[i].Burned.Select(b => Math.Max(bottom, (double)(Left(b, lines[i].Budget) ?? -100m)))];
            var scatter = canvas.Plot.Add.Scatter(xs, ys, color);
            scatter.LineWidth = 2;
            scatter.MarkerSize = dates.Length <= 31 ? 5 : 0;
            legend.Add(new LegendItem
            {
                LabelText = ChartText.Clean(lines[i].Slo),
                LineColor = color,
                LineWidth = 2,
                MarkerShape = MarkerShape.FilledCircle,
                MarkerFillColor = color,
                MarkerLineColor = color,
                MarkerSize = 5,
            });
        }

        double left = dates[0].DayNumber - 0.5;
        double right = dates[^1].DayNumber + 0.5;
        canvas.AxisLabels("Day of the validation window (UTC)", "Error budget left (%)");
        canvas.Ticks(DateTicks.For(left, right, dates, size.Width - size.Pick(330, 170)), NumberTicks.Every(bottom, 100, bottom < -40 ? 40 : 20));
        canvas.Limits(left, right, bottom, 102);
        canvas.LegendBelow(legend);
        string alt = AltText(range);
        return new Chart(Slug, ChartTitle, canvas.ToSvg(Slug, ChartTitle, alt), alt, new ChartTable(headers, Rows(dates)));
    }

    private string AltText(DayRange range)
    {
        string[] over = [.. lines.Where(l => l.Burned[^1] > 0 && (l.Budget == 0 || 100m * l.Burned[^1] > burnMax * l.Budget)).Select(l => ChartText.Clean(l.Slo))];
        return "Validation window " + range + " (" + Invariant.Count(range.Days, "day", "days") + "). "
            + (over.Length == 0
                ? "Every SLO burned at most " + Invariant.Number(burnMax) + " % of its budget."
                : "Burned more than " + Invariant.Number(burnMax) + " % of its budget: " + string.Join(", ", over) + ".");
    }

    private List<IReadOnlyList<string>> Rows(DateOnly[] dates)
    {
        List<IReadOnlyList<string>> rows = [];
        for (int d = 0; d < dates.Length; d++)
        {
            rows.Add([Invariant.Date(dates[d]), .. lines.Select(l => Left(l.Burned[d], l.Budget) is decimal left
                ? EvidenceText.Percent(left, 0m, MidpointRounding.ToNegativeInfinity).Replace(" %", "", StringComparison.Ordinal)
                : "none (zero budget)")]);
        }

        return rows;
    }

    private sealed record Line(string Slo, decimal Budget, decimal[] Burned);
}
