using Reports.Domain;
using Reports.Scoring;
using ScottPlot;

namespace Reports.Rendering.Charts;

/// <summary>Days from opened to resolved for every resolved incident, by opened date, with the median as a line.</summary>
internal sealed class DaysToResolveChart : ChartJob
{
    private const string ChartTitle = "Days to resolve, by date opened";
    private static readonly Severity[] Severities = [Severity.Sev1, Severity.Sev2, Severity.Sev3, Severity.Sev4];

    /// <summary>Past this many resolved incidents the table gives a row a month, not one an incident: a page stays readable and small.</summary>
    internal const int RowsBeforeSummary = 500;

    private readonly Resolved[] resolved;
    private readonly int stillOpen;

    private DaysToResolveChart(Resolved[] resolved, int stillOpen)
    {
        this.resolved = resolved;
        this.stillOpen = stillOpen;
    }

    public override string Slug => "days-to-resolve";

    public override int Cost => resolved.Length;

    public static DaysToResolveChart From(ProgramReport report)
    {
        Resolved[] resolved = [.. report.Data.Incidents
            .Where(i => i.Resolved is not null)
            .Select(i => new Resolved(i.Id, i.Severity, i.Opened, i.Resolved!.Value))
            .OrderBy(r => r.Opened).ThenBy(r => r.Id, StringComparer.Ordinal)];
        return new DaysToResolveChart(resolved, report.Data.Incidents.Count(i => i.Resolved is null));
    }

    protected override void Describe(CanonicalInputs inputs)
    {
        inputs.Add("still-open", stillOpen);
        foreach (Resolved incident in resolved)
        {
            inputs.Add("incident", incident.Id).Add("severity", (int)incident.Severity)
                .Add("opened", incident.Opened).Add("resolved", incident.ResolvedOn);
        }
    }

    protected override Chart Draw(ChartSize size)
    {
        int height = size.Pick(320, 300);
        float plotWidth = size.Width - size.Pick(110, 70);
        string[] headers = resolved.Length > RowsBeforeSummary
            ? ["Month opened", "Resolved", "Median days", "Longest"]
            : ["Incident", "Severity", "Opened", "Resolved", "Days"];
        if (resolved.Length == 0)
        {
            string message = stillOpen == 0
                ? "No incidents recorded"
                : "No incidents resolved yet; " + Invariant.Count(stillOpen, "incident is", "incidents are") + " still open";
            return EmptyChart.Render(Slug, ChartTitle, message, size, 120, headers);
        }

        string alt = AltText();
        using ChartCanvas canvas = new(size, height);
        double left = resolved[0].Opened.DayNumber - 3.5;
        double right = resolved[^1].Opened.DayNumber + 3.5;
        int longest = resolved.Max(r => r.Days);
        int step = NumberTicks.WholeStep(Math.Max(longest, 1), 6);
        double top = Math.Ceiling(Math.Max(longest, 1) * 1.1 / step) * step;

        List<LegendItem> legend = [];
        foreach (Severity severity in Severities)
        {
            MarkerCloud markers = new(ChartPalette.ShapeFor(severity), ChartPalette.For(severity).WithAlpha(0.8), 8);
            foreach (Resolved incident in resolved.Where(r => r.Severity == severity))
            {
                markers.Add(incident.Opened.DayNumber, incident.Days);
            }

            canvas.Plot.Add.Plottable(markers);
            legend.Add(markers.ToLegendItem(Invariant.Severity(severity)));
        }

        // The median goes over the markers, named in the right margin where no marker hides it.
        double median = Median();
        var line = canvas.Plot.Add.HorizontalLine(median, 1.5f, ChartPalette.Black, LinePattern.Dashed);
        line.ExcludeFromLegend = true;
        canvas.RightLabels([Tick.Major(median, "median " + Days(median))]);

        canvas.AxisLabels("Date opened", "Days to resolve");
        canvas.Ticks(DateTicks.For(left, right, [], plotWidth - 110), NumberTicks.Every(0, top, step));
        canvas.Limits(left, right, -top * 0.03, top);
        canvas.LegendBelow(legend);
        return new Chart(Slug, ChartTitle, canvas.ToSvg(Slug, ChartTitle, alt), alt, new ChartTable(headers, Rows()));
    }

    private List<IReadOnlyList<string>> Rows() => resolved.Length > RowsBeforeSummary
        ? [.. resolved.GroupBy(r => r.Opened.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).Select(month => (IReadOnlyList<string>)
            [month.Key, Invariant.Integer(month.Count()), Invariant.Number(Median(month)), Invariant.Integer(month.Max(r => r.Days))])]
        : [.. resolved.Select(r => (IReadOnlyList<string>)
            [ChartText.Clean(r.Id), Invariant.Severity(r.Severity), Invariant.Date(r.Opened), Invariant.Date(r.ResolvedOn), Invariant.Integer(r.Days)])];

    private string AltText()
    {
        int shortest = resolved.Min(r => r.Days);
        int longest = resolved.Max(r => r.Days);
        string text = Invariant.Count(resolved.Length, "resolved incident", "resolved incidents")
            + (resolved.Length == 1 ? " took " + Days(resolved[0].Days) + " from opened to resolved"
                : " took a median of " + Days(Median()) + " from opened to resolved (range "
                    + Invariant.Integer(shortest) + "–" + Days(longest) + ")");
        return text + (stillOpen == 0 ? "." : "; " + Invariant.Count(stillOpen, "incident is", "incidents are") + " still open.");
    }

    private double Median() => Median(resolved);

    private static double Median(IEnumerable<Resolved> incidents)
    {
        int[] days = [.. incidents.Select(r => r.Days).Order()];
        int middle = days.Length / 2;
        return days.Length % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
    }

    private static string Days(double days) => Invariant.Number(days) + (days == 1 ? " day" : " days");

    private sealed record Resolved(string Id, Severity Severity, DateOnly Opened, DateOnly ResolvedOn)
    {
        public int Days => ResolvedOn.DayNumber - Opened.DayNumber;
    }
}
