using Reports.Domain;
using Reports.Scoring;
using ScottPlot;

namespace Reports.Rendering.Charts;

/// <summary>Incidents opened per calendar week (Monday to Sunday), stacked by severity, Sev-1 at the bottom.</summary>
internal sealed class IncidentsBySeverityChart : ChartJob
{
    private const string ChartTitle = "Incidents opened per week, by severity";
    private static readonly Severity[] Severities = [Severity.Sev1, Severity.Sev2, Severity.Sev3, Severity.Sev4];

    /// <summary>Weeks with at least one incident, in date order; counts indexed by severity − 1.</summary>
    private readonly (DateOnly Monday, int[] Counts)[] bins;

    private IncidentsBySeverityChart((DateOnly, int[])[] bins) => this.bins = bins;

    public override string Slug => "incidents-by-severity";

    public override int Cost => bins.Length * 4;

    public static IncidentsBySeverityChart From(ProgramReport report)
    {
        (DateOnly, int[])[] bins = [.. report.Data.Incidents
            .GroupBy(i => MondayOf(i.Opened))
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, Severities.Select(s => g.Count(i => i.Severity == s)).ToArray()))];
        return new IncidentsBySeverityChart(bins);
    }

    protected override void Describe(CanonicalInputs inputs)
    {
        // The chart reads only these counts: which incident is which does not change a bar.
        foreach ((DateOnly monday, int[] counts) in bins)
        {
            inputs.Add("week", monday).Add("counts", string.Join(",", counts.Select(Invariant.Integer)));
        }
    }

    protected override Chart Draw(ChartSize size)
    {
        int height = size.Pick(320, 300);
        float plotWidth = size.Width - size.Pick(110, 70);
        string[] headers = ["Week of (Monday)", "Sev-1", "Sev-2", "Sev-3", "Sev-4", "Total"];
        if (bins.Length == 0)
        {
            return EmptyChart.Render(Slug, ChartTitle, "No incidents recorded", size, 120, headers);
        }

        string alt = AltText();
        using ChartCanvas canvas = new(size, height);
        double left = bins[0].Monday.DayNumber - 3.5;
        double right = bins[^1].Monday.DayNumber + 10.5;
        float barPixels = (float)(7 * plotWidth / (right - left));
        int tallest = bins.Max(b => b.Counts.Sum());
        List<LegendItem> legend = [];
        int[] stacked = new int[bins.Length];
        foreach (Severity severity in Severities)
        {
            FilledRectangles bars = new(ChartPalette.For(severity)) { Inset = barPixels >= 6 ? 1 : 0 };
            for (int b = 0; b < bins.Length; b++)
            {
                int count = bins[b].Counts[(int)severity - 1];
                if (count > 0)
                {
                    double start = bins[b].Monday.DayNumber;
                    bars.Add(start, start + 7, stacked[b], stacked[b] + count);
                    stacked[b] += count;
                }
            }

            canvas.Plot.Add.Plottable(bars);
            legend.Add(new LegendItem { LabelText = Invariant.Severity(severity), FillColor = ChartPalette.For(severity), LineWidth = 0 });
        }

        int step = NumberTicks.WholeStep(tallest, 6);
        double top = Math.Ceiling(tallest * 1.1 / step) * step;
        canvas.AxisLabels("Week opened", "Incidents opened");
        canvas.Ticks(DateTicks.For(left, right, [.. bins.Select(b => b.Monday)], plotWidth), NumberTicks.Every(0, top, step));
        canvas.Limits(left, right, 0, top);
        canvas.LegendBelow(legend);
        return new Chart(Slug, ChartTitle, canvas.ToSvg(Slug, ChartTitle, alt), alt, new ChartTable(headers, Rows()));
    }

    private string AltText()
    {
        int total = bins.Sum(b => b.Counts.Sum());
        string bySeverity = string.Join(", ", Severities.Select(s =>
            Invariant.Integer(bins.Sum(b => b.Counts[(int)s - 1])) + " " + Invariant.Severity(s)));
        var busiest = bins.OrderByDescending(b => b.Counts.Sum()).ThenBy(b => b.Monday).First();
        string period = bins.Length == 1
            ? "in the week of " + Invariant.Date(bins[0].Monday)
            : "between the weeks of " + Invariant.Date(bins[0].Monday) + " and " + Invariant.Date(bins[^1].Monday);
        return Invariant.Count(total, "incident", "incidents") + " opened " + period + ": " + bySeverity + "."
            + (bins.Length == 1 ? string.Empty
                : " The busiest week (of " + Invariant.Date(busiest.Monday) + ") had " + Invariant.Integer(busiest.Counts.Sum()) + ".");
    }

    private List<IReadOnlyList<string>> Rows() =>
        [.. bins.Select(b => (IReadOnlyList<string>)
            [Invariant.Date(b.Monday), .. b.Counts.Select(Invariant.Integer), Invariant.Integer(b.Counts.Sum())])];

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
