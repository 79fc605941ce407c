using Reports.Domain;
using Reports.Rendering.Charts;
using Reports.Scoring;

namespace Reports.Tests.Rendering.Charts;

public sealed class SiteChartRendererTests
{
    private static readonly DateOnly Week1 = new(2026, 2, 17);
    private static readonly DateOnly Week2 = new(2026, 2, 18);

    private static SiteChartSet Plan() => new SiteChartRenderer().Render(ChartReportBuilder.PlanWeeks().Build());

    [Fact]
    public void Should_list_charts_in_fixed_order_with_one_trend_per_category_in_rubric_order()
    {
        SiteChartSet charts = Plan();

        Assert.Equal(
            ["total-trend", "category-measurement", "category-outcomes", "category-ci", "category-security",
             "category-operability", "category-discipline", "heatmap", "incidents-by-severity", "days-to-resolve"],
            charts.All.Select(c => c.Slug));
    }

    [Fact]
    public void Should_describe_the_plan_total_trend_with_its_numbers()
    {
        Chart chart = Plan().TotalTrend;

        Assert.Equal("Total score by week", chart.Title);
        Assert.Equal(
            "Total rose from 46.25 to 55.00 over 2 weeks; the 85 threshold to enter validation is 30.00 away. Phase 1 throughout.",
            chart.AltText);
        Assert.Equal(["Week of", "Phase", "Total", "Change", "Sev-1/Sev-2 opened"], chart.Table.Headers);
        Assert.Equal(["2026-02-17", "1", "46.25", "", "0"], chart.Table.Rows[0]);
        Assert.Equal(["2026-02-18", "1", "55.00", "+8.75", "0"], chart.Table.Rows[1]);
    }

    [Fact]
    public void Should_draw_labelled_threshold_lines_week_labels_and_totals_on_the_total_trend()
    {
        List<string> text = Svg.DrawnText(Plan().TotalTrend);

        Assert.Contains("80 hardening complete", text);
        Assert.Contains("85 enter validation / freeze below", text);
        Assert.Contains("90 enter re-entry", text);
        Assert.Contains("2026-02-17", text);
        Assert.Contains("2026-02-18", text);
        Assert.Contains("46.25", text);
        Assert.Contains("55.00", text);
        Assert.Contains("Phase 1 (hardening)", text);
        Assert.Contains("Total score (0–100)", text);
        Assert.Equal(["0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100"], text.Where(t => t.All(char.IsAsciiDigit)));
    }

    [Fact]
    public void Should_take_thresholds_from_the_policy()
    {
        Policy policy = Policy.Default with { EnterValidationTotal = 87.5m, FreezeTotal = 70m };
        SiteChartSet charts = new SiteChartRenderer().Render(ChartReportBuilder.PlanWeeks().WithPolicy(policy).Build());

        List<string> text = Svg.DrawnText(charts.TotalTrend);
        Assert.Contains("87.5 enter validation", text);
        Assert.Contains("70 freeze below", text);
        Assert.EndsWith("the 87.5 threshold to enter validation is 32.50 away. Phase 1 throughout.", charts.TotalTrend.AltText);
    }

    [Fact]
    public void Should_name_the_threshold_of_the_latest_weeks_phase()
    {
        ChartReportBuilder phase2 = new ChartReportBuilder().WithWeek(Week1, 2, 4, 3, 4, 3, 4, 3);
        ChartReportBuilder phase3 = new ChartReportBuilder().WithWeek(Week1, 3, 3, 3, 3, 3, 3, 2);

        Assert.Equal(
            "Total is 87.50 in the only scored week; the 90 threshold to enter re-entry is 2.50 away. Phase 2.",
            new SiteChartRenderer().Render(phase2.Build()).TotalTrend.AltText);
        Assert.Equal(
            "Total is 72.50 in the only scored week; it is 12.50 below the 85 freeze line. Phase 3.",
            new SiteChartRenderer().Render(phase3.Build()).TotalTrend.AltText);
    }

    [Fact]
    public void Should_shade_each_phase_and_count_weeks_per_phase()
    {
        ProgramReport report = new ChartReportBuilder()
            .WithWeek(Week1, 1, 4, 4, 4, 4, 4, 4)
            .WithWeek(Week1.AddDays(7), 2, 4, 4, 4, 4, 4, 4)
            .WithWeek(Week1.AddDays(14), 2, 4, 4, 4, 4, 4, 4)
            .WithWeek(Week1.AddDays(21), 3, 4, 4, 4, 4, 4, 4)
            .Build();

        Chart chart = new SiteChartRenderer().Render(report).TotalTrend;

        List<string> text = Svg.DrawnText(chart);
        Assert.Contains("Phase 1 (hardening)", text);
        Assert.Contains("Phase 2 (validation)", text);
        Assert.Contains("Phase 3 (re-entry)", text);
        Assert.EndsWith("Weeks per phase: 1: 1, 2: 2, 3: 1.", chart.AltText);
        Assert.Contains("stayed at 100.00 over 4 weeks; it is 15.00 above the 85 freeze line", chart.AltText);
    }

    [Fact]
    public void Should_mark_sev1_and_sev2_incidents_opened_during_the_scored_weeks()
    {
        ProgramReport report = ChartReportBuilder.PlanWeeks()
            .WithIncident("INC-1", Severity.Sev1, Week1, Week2)
            .WithIncident("INC-2", Severity.Sev2, Week2)
            .WithIncident("INC-3", Severity.Sev3, Week2)
            .WithIncident("INC-0", Severity.Sev1, Week1.AddDays(-30), Week1.AddDays(-29))
            .Build();

        Chart chart = new SiteChartRenderer().Render(report).TotalTrend;

        List<string> text = Svg.DrawnText(chart);
        Assert.Contains("Sev-1 opened", text);
        Assert.Contains("Sev-2 opened", text);
        Assert.Contains("Sev-1", text);
        Assert.Contains("Sev-2", text);
        Assert.Equal("INC-1 (Sev-1)", chart.Table.Rows[0][4]);
        Assert.Equal("INC-2 (Sev-2)", chart.Table.Rows[1][4]);
        Assert.EndsWith("2 Sev-1/Sev-2 incidents opened in the period are marked in rows below the zero line.", chart.AltText);
    }

    [Fact]
    public void Should_chart_each_category_with_its_minimum_lines_and_points()
    {
        SiteChartSet charts = Plan();
        Chart measurement = charts.CategoryTrends[0];
        Chart outcomes = charts.CategoryTrends[1];

        Assert.Equal("Measurement Completeness score by week", measurement.Title);
        Assert.Equal(
            "Measurement Completeness (weight 20) rose from 2 to 3 over 2 weeks. It meets the minimum of 2 to enter validation and meets the minimum of 3 to enter re-entry.",
            measurement.AltText);
        Assert.Equal(["Week of", "Score", "Points"], measurement.Table.Headers);
        Assert.Equal(["2026-02-17", "2", "10.00"], measurement.Table.Rows[0]);
        Assert.Equal(["2026-02-18", "3", "15.00"], measurement.Table.Rows[1]);
        Assert.Equal(
            "Reliability Outcomes (weight 25) stayed at 1 over 2 weeks. It is 1 level below the minimum of 2 to enter validation and is 2 levels below the minimum of 3 to enter re-entry.",
            outcomes.AltText);
        Assert.Equal(["2026-02-17", "1", "6.25"], outcomes.Table.Rows[0]);
        List<string> text = Svg.DrawnText(outcomes);
        // A compact panel names its lines by a word; the 0–4 axis beside it gives the value.
        Assert.Contains("validation / freeze", text);
        Assert.Contains("re-entry", text);
    }

    [Fact]
    public void Should_show_every_score_in_the_heatmap_with_a_legend_per_level()
    {
        Chart heatmap = Plan().Heatmap;

        Assert.Equal(
            "Scores of 6 categories over 2 weeks (2026-02-17 to 2026-02-18). Latest week: Measurement Completeness 3, "
            + "Reliability Outcomes 1, Test and CI Strength 3, Security and Abuse Resistance 2, Operability and Incident Readiness 2, "
            + "Delivery Discipline 3. Lowest: Reliability Outcomes at 1.",
            heatmap.AltText);
        Assert.Equal(["2026-02-17", "2", "1", "3", "1", "2", "3"], heatmap.Table.Rows[0]);
        Assert.Equal(["2026-02-18", "3", "1", "3", "2", "2", "3"], heatmap.Table.Rows[1]);
        List<string> text = Svg.DrawnText(heatmap);
        Assert.Equal(["score 0", "score 1", "score 2", "score 3", "score 4"], text.Where(t => t.StartsWith("score ", StringComparison.Ordinal)));
        Assert.Equal(12, text.Count(t => t.Length == 1 && char.IsAsciiDigit(t[0])));
        Assert.Contains("Operability and Incident Readiness", text);
    }

    [Fact]
    public void Should_draw_one_colour_per_level_as_one_path_each()
    {
        Chart heatmap = new SiteChartRenderer().Render(ChartReportBuilder.Generated(104, 0).Build()).Heatmap;

        string[] levelFills = ["#440154", "#3B528B", "#21918C", "#5EC962", "#FDE725"];
        var cells = Svg.Root(heatmap).Descendants(Svg.Ns + "path")
            .Where(p => levelFills.Contains((string?)p.Attribute("fill"))).ToList();
        Assert.Equal(cells.Count, cells.Select(p => (string?)p.Attribute("fill")).Distinct().Count());
    }

    [Fact]
    public void Should_say_so_when_there_are_no_incidents()
    {
        SiteChartSet charts = Plan();

        foreach (Chart chart in (Chart[])[charts.IncidentsBySeverity, charts.DaysToResolve])
        {
            Assert.Equal("No incidents recorded.", chart.AltText);
            Assert.Contains("No incidents recorded", Svg.DrawnText(chart));
            Assert.Empty(chart.Table.Rows);
            Assert.NotEmpty(chart.Table.Headers);
        }
    }

    [Fact]
    public void Should_count_incidents_per_week_by_severity()
    {
        ProgramReport report = ChartReportBuilder.PlanWeeks()
            .WithIncident("INC-1", Severity.Sev1, new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 18))
            .WithIncident("INC-2", Severity.Sev3, new DateOnly(2026, 2, 22), new DateOnly(2026, 2, 23))
            .WithIncident("INC-3", Severity.Sev3, new DateOnly(2026, 2, 17))
            .WithIncident("INC-4", Severity.Sev4, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 12))
            .Build();

        Chart chart = new SiteChartRenderer().Render(report).IncidentsBySeverity;

        Assert.Equal(["Week of (Monday)", "Sev-1", "Sev-2", "Sev-3", "Sev-4", "Total"], chart.Table.Headers);
        Assert.Equal(["2026-02-16", "1", "0", "2", "0", "3"], chart.Table.Rows[0]);
        Assert.Equal(["2026-03-02", "0", "0", "0", "1", "1"], chart.Table.Rows[1]);
        Assert.Equal(
            "4 incidents opened between the weeks of 2026-02-16 and 2026-03-02: 1 Sev-1, 0 Sev-2, 2 Sev-3, 1 Sev-4. The busiest week (of 2026-02-16) had 3.",
            chart.AltText);
        Assert.Equal(["Sev-1", "Sev-2", "Sev-3", "Sev-4"], Svg.DrawnText(chart).Where(t => t.StartsWith("Sev-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_give_days_to_resolve_per_incident_with_the_median_in_the_alt_text()
    {
        ProgramReport report = ChartReportBuilder.PlanWeeks()
            .WithIncident("INC-1", Severity.Sev1, new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 18))
            .WithIncident("INC-2", Severity.Sev3, new DateOnly(2026, 2, 22), new DateOnly(2026, 2, 23))
            .WithIncident("INC-3", Severity.Sev3, new DateOnly(2026, 2, 17))
            .WithIncident("INC-4", Severity.Sev4, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 12))
            .WithIncident("INC-5", Severity.Sev2, new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 6))
            .Build();

        Chart chart = new SiteChartRenderer().Render(report).DaysToResolve;

        Assert.Equal(
            "4 resolved incidents took a median of 2.5 days from opened to resolved (range 1–10 days); 1 incident is still open.",
            chart.AltText);
        Assert.Equal(["Incident", "Severity", "Opened", "Resolved", "Days"], chart.Table.Headers);
        Assert.Equal(["INC-1", "Sev-1", "2026-02-16", "2026-02-18", "2"], chart.Table.Rows[0]);
        Assert.Equal(["INC-4", "Sev-4", "2026-03-02", "2026-03-12", "10"], chart.Table.Rows[2]);
        Assert.Contains("median 2.5 days", Svg.DrawnText(chart));
    }

    [Fact]
    public void Should_summarise_days_to_resolve_a_month_a_row_past_500_resolved_incidents()
    {
        var builder = ChartReportBuilder.PlanWeeks();
        for (int i = 0; i < 501; i++)
        {
            var opened = new DateOnly(2026, 1, 1).AddDays(i / 10);
            builder.WithIncident("INC-" + i, Severity.Sev3, opened, opened.AddDays(i % 3));
        }

        Chart chart = new SiteChartRenderer().Render(builder.Build()).DaysToResolve;

        Assert.Equal(["Month opened", "Resolved", "Median days", "Longest"], chart.Table.Headers);
        Assert.Equal(["2026-01", "310", "1", "2"], chart.Table.Rows[0]);
        Assert.Equal(["2026-02", "191", "1", "2"], chart.Table.Rows[1]);
        Assert.Equal(2, chart.Table.Rows.Count);
    }

    [Fact]
    public void Should_say_when_incidents_exist_but_none_is_resolved()
    {
        ProgramReport report = ChartReportBuilder.PlanWeeks().WithIncident("INC-1", Severity.Sev2, Week1).Build();

        Chart chart = new SiteChartRenderer().Render(report).DaysToResolve;

        Assert.Equal("No incidents resolved yet; 1 incident is still open.", chart.AltText);
        Assert.Empty(chart.Table.Rows);
    }

    [Fact]
    public void Should_still_render_every_chart_for_a_single_week()
    {
        ProgramReport report = new ChartReportBuilder().WithWeek(Week1, 1, 2, 1, 3, 1, 2, 3).Build();

        SiteChartSet charts = new SiteChartRenderer().Render(report);

        Assert.Equal(
            "Total is 46.25 in the only scored week; the 85 threshold to enter validation is 38.75 away. Phase 1.",
            charts.TotalTrend.AltText);
        Assert.Equal(
            "Measurement Completeness (weight 20) is 2 in the only scored week. It meets the minimum of 2 to enter validation and is 1 level below the minimum of 3 to enter re-entry.",
            charts.CategoryTrends[0].AltText);
        Assert.StartsWith("Scores of 6 categories in the week of 2026-02-17.", charts.Heatmap.AltText);
        foreach (Chart chart in (Chart[])[charts.TotalTrend, .. charts.CategoryTrends, charts.Heatmap])
        {
            Assert.Contains("2026-02-17", Svg.DrawnText(chart));
            Assert.Single(chart.Table.Rows);
        }
    }

    [Fact]
    public void Should_render_placeholders_when_no_week_is_scored()
    {
        ProgramReport report = new ChartReportBuilder().Build();

        SiteChartSet charts = new SiteChartRenderer().Render(report);

        Assert.Equal(6, charts.CategoryTrends.Count);
        foreach (Chart chart in (Chart[])[charts.TotalTrend, .. charts.CategoryTrends, charts.Heatmap])
        {
            Assert.Equal("No scored weeks yet.", chart.AltText);
            Assert.Contains("No scored weeks yet", Svg.DrawnText(chart));
        }
    }

    [Fact]
    public void Should_give_categories_whose_keys_clash_distinct_slugs()
    {
        ProgramReport report = new ChartReportBuilder()
            .WithRubric(new Category("a_b", "First", 50, ["", "", "", "", ""]), new Category("A-B", "Second", 50, ["", "", "", "", ""]))
            .WithWeek(Week1, 1, 2, 3)
            .Build();

        SiteChartSet charts = new SiteChartRenderer().Render(report);

        Assert.Equal(["category-a-b", "category-a-b-2"], charts.CategoryTrends.Select(c => c.Slug));
    }

    [Fact]
    public void Should_draw_names_from_the_data_as_text_never_as_markup()
    {
        ProgramReport report = new ChartReportBuilder()
            .WithRubric(new Category("rd", "R&D <script>alert(1)</script>\u0001\nops", 100, ["", "", "", "", ""]))
            .WithWeek(Week1, 1, 2)
            .WithIncident("<b>INC</b>", Severity.Sev1, Week1, Week2)
            .Build();

        SiteChartSet charts = new SiteChartRenderer().Render(report);

        Chart trend = charts.CategoryTrends[0];
        Assert.Equal("R&D <script>alert(1)</script> ops score by week", trend.Title);
        Assert.Contains("R&D <script>alert(1)</script> ops", Svg.DrawnText(charts.Heatmap));
        Assert.Empty(Svg.Root(trend).Descendants(Svg.Ns + "script"));
        Assert.DoesNotContain("<script>", trend.Svg, StringComparison.Ordinal);
        Assert.Equal("<b>INC</b>", charts.DaysToResolve.Table.Rows[0][0]);
    }
}
