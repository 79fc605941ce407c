using System.Xml.Linq;
using Reports.Domain;
using Reports.Rendering.Charts;
using ScottPlot;

namespace Reports.Tests.Rendering.Charts;

public sealed class ChartSvgTests
{
    private static readonly Lazy<SiteChartSet> Decade = new(() =>
        new SiteChartRenderer().Render(ChartReportBuilder.Generated(520, 2000).Build()));

    private static readonly Lazy<SiteChartSet> Plan = new(() =>
        new SiteChartRenderer().Render(ChartReportBuilder.PlanWeeks()
            .WithIncident("INC-1", Severity.Sev1, new DateOnly(2026, 2, 17), new DateOnly(2026, 2, 19))
            .Build()));

    public static TheoryData<string> DataSets => ["plan", "decade"];

    private static SiteChartSet Charts(string name) => name == "plan" ? Plan.Value : Decade.Value;

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Should_carry_title_and_description_for_screen_readers(string dataSet)
    {
        foreach (Chart chart in Charts(dataSet).All)
        {
            XElement root = Svg.Root(chart);
            Assert.Equal(Svg.Ns + "svg", root.Name);
            Assert.Equal("img", (string?)root.Attribute("role"));
            XElement title = root.Elements().First();
            Assert.Equal(Svg.Ns + "title", title.Name);
            Assert.Equal(chart.Title, title.Value);
            XElement desc = root.Element(Svg.Ns + "desc")!;
            Assert.Equal(chart.AltText, desc.Value);
            Assert.Equal($"{(string?)title.Attribute("id")} {(string?)desc.Attribute("id")}", (string?)root.Attribute("aria-labelledby"));
            Assert.Equal($"0 0 {(string?)root.Attribute("width")} {(string?)root.Attribute("height")}", (string?)root.Attribute("viewBox"));
            Assert.False(string.IsNullOrWhiteSpace(chart.AltText));
        }
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Should_be_safe_to_inline_no_scripts_handlers_or_external_references(string dataSet)
    {
        foreach (Chart chart in Charts(dataSet).All)
        {
            Assert.DoesNotContain("<?xml", chart.Svg, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", chart.Svg, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("foreignObject", chart.Svg, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href", chart.Svg, StringComparison.OrdinalIgnoreCase);
            string withoutNamespace = chart.Svg.Replace("xmlns=\"http://www.w3.org/2000/svg\"", "", StringComparison.Ordinal);
            Assert.DoesNotContain("http", withoutNamespace, StringComparison.OrdinalIgnoreCase);
            XElement root = Svg.Root(chart);
            Assert.All(root.DescendantsAndSelf().Attributes(), a =>
                Assert.False(a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase), a.ToString()));
        }
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Should_number_ids_per_document_with_the_slug_and_resolve_every_reference(string dataSet)
    {
        foreach (Chart chart in Charts(dataSet).All)
        {
            XElement root = Svg.Root(chart);
            string[] ids = [.. root.DescendantsAndSelf().Attributes("id").Select(a => a.Value)];
            Assert.Equal(ids.Length, ids.Distinct().Count());
            Assert.All(ids, id => Assert.StartsWith(chart.Slug + "-", id, StringComparison.Ordinal));
            string[] clips = [.. ids.Where(id => !id.EndsWith("-title", StringComparison.Ordinal) && !id.EndsWith("-desc", StringComparison.Ordinal))];
            Assert.Equal(Enumerable.Range(1, clips.Length).Select(n => $"{chart.Slug}-{n}"), clips);
            foreach (string reference in root.DescendantsAndSelf().Attributes().Select(a => a.Value).Where(v => v.StartsWith("url(#", StringComparison.Ordinal)))
            {
                Assert.Contains(reference[5..^1], ids);
            }
        }
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Should_draw_every_label_with_the_embedded_font(string dataSet)
    {
        foreach (Chart chart in Charts(dataSet).All)
        {
            XElement[] texts = [.. Svg.Root(chart).Descendants(Svg.Ns + "text")];
            Assert.NotEmpty(texts);
            Assert.All(texts, t => Assert.Equal(ChartFont.CssFamily, (string?)t.Attribute("font-family")));
        }
    }

    [Fact]
    public void Should_resolve_the_chart_font_name_to_the_embedded_dejavu_sans()
    {
        SkiaSharp.SKTypeface embedded = ChartFont.Typeface;

        Assert.Equal("DejaVu Sans", embedded.FamilyName);
        Assert.Same(embedded, Fonts.GetTypeface(ChartFont.Name, bold: false, italic: false));
        Assert.Same(embedded, Fonts.GetTypeface(ChartFont.Name, bold: true, italic: false));
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Should_draw_the_chart_once(string dataSet)
    {
        // ScottPlot renders a new plot twice; the SVG must hold one copy, not the same labels twice over.
        foreach (Chart chart in Charts(dataSet).All)
        {
            foreach (string svg in (string[])[chart.Svg, chart.NarrowSvg])
            {
                List<string> text = Svg.DrawnText(svg);
                int half = text.Count / 2;
                Assert.False(text.Count % 2 == 0 && text.Take(half).SequenceEqual(text.Skip(half)), $"{chart.Slug}: labels drawn twice");
            }
        }
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Should_draw_every_chart_at_the_size_system_widths_with_no_text_under_the_type_scale(string dataSet)
    {
        foreach (Chart chart in Charts(dataSet).All)
        {
            int desktop = chart.Slug.StartsWith("category-", StringComparison.Ordinal) ? ChartSize.Panel.Width : ChartSize.Wide.Width;
            Assert.Equal(desktop.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)Svg.Root(chart.Svg).Attribute("width"));
            Assert.Equal(ChartSize.Narrow.Width.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)Svg.Root(chart.NarrowSvg).Attribute("width"));
            foreach (string svg in (string[])[chart.Svg, chart.NarrowSvg])
            {
                double[] sizes = [.. Svg.Root(svg).Descendants().Attributes("font-size").Select(a => double.Parse(a.Value, System.Globalization.CultureInfo.InvariantCulture))];
                Assert.NotEmpty(sizes);
                Assert.True(sizes.Min() >= ChartStyle.Small, $"{chart.Slug}: text at {sizes.Min()} px");
            }
        }
    }

    [Fact]
    public void Should_keep_the_smallest_chart_text_at_11_px_at_the_least_a_chart_is_scaled()
    {
        Assert.True(ChartStyle.Small * ChartSize.MinimumScale >= ChartStyle.MinimumRendered);
        Assert.True(ChartSize.Narrow.Width <= 375 - 32, "the narrow variant fits a 375 px phone's column");
    }

    [Fact]
    public void Should_keep_ten_years_of_data_small()
    {
        SiteChartSet charts = Decade.Value;

        Assert.All(charts.All, c => Assert.True(c.Svg.Length < 250_000, $"{c.Slug}: {c.Svg.Length} bytes"));
        Assert.True(charts.Heatmap.Svg.Length < 60_000, $"heatmap: {charts.Heatmap.Svg.Length} bytes");
        Assert.Equal(520, charts.Heatmap.Table.Rows.Count);
    }

    [Fact]
    public void Should_label_a_readable_subset_of_520_weeks_on_the_heatmap()
    {
        Chart heatmap = Decade.Value.Heatmap;

        string[] weekLabels = [.. Svg.DrawnText(heatmap).Where(t => DateOnly.TryParseExact(t, "yyyy-MM-dd", out _))];
        Assert.InRange(weekLabels.Length, 4, 8);
        Assert.Equal("2016-01-04", weekLabels[0]);
    }

    [Fact]
    public void Should_round_coordinates_to_two_decimals()
    {
        foreach (Chart chart in Plan.Value.All)
        {
            foreach (string value in Svg.Root(chart).Descendants().Attributes("d").Select(a => a.Value))
            {
                Assert.DoesNotMatch(@"\.\d{3}", value);
            }
        }
    }
}
