using System.Globalization;
using System.Xml.Linq;
using Reports.Domain;
using Reports.Rendering.Charts;
using Reports.Scoring;

namespace Reports.Tests.Rendering.Charts;

[Collection(MachineSettingsCollection.Name)]
public sealed class ChartDeterminismTests
{
    private static readonly ProgramReport Plan = ChartReportBuilder.PlanWeeks()
        .WithIncident("INC-1", Severity.Sev1, new DateOnly(2026, 2, 17), new DateOnly(2026, 2, 19))
        .WithIncident("INC-2", Severity.Sev3, new DateOnly(2026, 2, 18))
        .Build();

    private static readonly ProgramReport TwoYears = ChartReportBuilder.Generated(104, 300).Build();

    private static string[] Render(ProgramReport report) => [.. new SiteChartRenderer().Render(report).All.Select(c => c.Svg)];

    [Fact]
    public void Should_give_identical_bytes_when_the_same_report_is_rendered_twice()
    {
        string[] first = Render(Plan);
        string[] second = Render(Plan);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Should_not_depend_on_what_was_rendered_before()
    {
        // Skia numbers clip paths from a process-wide counter; other charts in between move it on.
        string[] before = Render(TwoYears);
        _ = Render(Plan);
        _ = Render(ChartReportBuilder.Generated(30, 20, seed: 3).Build());
        string[] after = Render(TwoYears);

        Assert.Equal(before, after);
    }

    [Fact]
    public void Should_give_identical_bytes_when_rendered_on_several_threads_at_once()
    {
        string[] expected = Render(TwoYears);
        string[][] results = new string[6][];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 3 }, i =>
            results[i] = Render(i % 2 == 0 ? TwoYears : Plan));

        for (int i = 0; i < results.Length; i += 2)
        {
            Assert.Equal(expected, results[i]);
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Should_give_identical_bytes_whatever_the_current_culture(string name)
    {
        CultureInfo culture = CultureInfo.GetCultureInfo(name);
        // Each is a real trap: a decimal comma (de, tr), or another calendar and decimal sign (ar-SA).
        Assert.True(
            1.5.ToString(culture) != "1.5" || culture.Calendar is not GregorianCalendar,
            $"{name} formats like the invariant culture; the test would prove nothing.");
        string[] invariant = WithCulture(CultureInfo.InvariantCulture, () => Render(TwoYears));
        SiteChartSet local = WithCulture(culture, () => new SiteChartRenderer().Render(TwoYears));

        Assert.Equal(invariant, local.All.Select(c => c.Svg));
        Assert.All(local.All, c => Assert.DoesNotContain("1,5", c.AltText, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_write_every_number_in_invariant_form()
    {
        SiteChartSet charts = WithCulture(CultureInfo.GetCultureInfo("de-DE"), () => new SiteChartRenderer().Render(TwoYears));

        foreach (Chart chart in charts.All)
        {
            XElement root = Svg.Root(chart);
            foreach (string text in root.Descendants().Where(e => !e.HasElements).Select(e => e.Value))
            {
                Assert.False(HasDecimalComma(text), $"{chart.Slug}: '{text}'");
                Assert.DoesNotContain(text, c => c is >= '\u0660' and <= '\u0669');
            }

            foreach (string value in root.DescendantsAndSelf().Attributes().Select(a => a.Value))
            {
                Assert.False(HasDecimalComma(value), $"{chart.Slug}: attribute '{value}'");
            }

            foreach (string cell in chart.Table.Rows.SelectMany(r => r))
            {
                Assert.False(HasDecimalComma(cell), $"{chart.Slug}: cell '{cell}'");
            }
        }
    }

    [Fact]
    public void Should_not_depend_on_the_machine_time_zone()
    {
        string[] expected = Render(TwoYears);
        string? saved = Environment.GetEnvironmentVariable("TZ");
        try
        {
            foreach (string zone in (string[])["Pacific/Kiritimati", "America/Adak"])
            {
                Environment.SetEnvironmentVariable("TZ", zone);
                TimeZoneInfo.ClearCachedData();
                Assert.Equal(zone, TimeZoneInfo.Local.Id);
                Assert.Equal(expected, Render(TwoYears));
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", saved);
            TimeZoneInfo.ClearCachedData();
        }
    }

    /// <summary>"1,5" is a German decimal; "0, 3" (an SVG list) and "1,902" never occur, so any digit-comma-digit is suspect.</summary>
    private static bool HasDecimalComma(string text)
    {
        for (int i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] == ',' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo savedUi = CultureInfo.CurrentUICulture;
        try
        {
            // CurrentCulture flows into the renderer's parallel tasks with the execution context.
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
