using System.Globalization;
using System.Xml.Linq;
using Reports.Rendering.Charts;

namespace Reports.Tests.EndToEnd;

/// <summary>
/// Chart text is read at 11 CSS px or more at every width: a chart is an image, so its text is drawn size × the
/// scale the page shows it at. Measured in Chromium from the file the page chose (<c>currentSrc</c>) and its box.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartTextTests(SiteInBrowserFixture site)
{
    /// <summary>A phone, either side of the switch to the desktop variant, a small laptop and a desktop.</summary>
    public static TheoryData<int> Widths => [375, 600, ChartSize.WideFromViewport - 1, ChartSize.WideFromViewport, 1024, 1280];

    [SkippableTheory]
    [MemberData(nameof(PageTypes.Paths), MemberType = typeof(PageTypes))]
    public async Task Should_render_chart_text_at_11_px_or_more_on_a_phone(string path)
    {
        await using var tab = await site.OpenAsync(path, Viewport.Phone, TabOptions.Measuring);

        await tab.CheckAsync(async page =>
        {
            var output = path.StartsWith(PageTypes.ExamplePrefix, StringComparison.Ordinal) ? site.ExampleOutput : site.Output;
            foreach (var chart in await ChartsAsync(page, output))
            {
                Assert.True(chart.SmallestText >= ChartStyle.MinimumRendered, $"/{path} at {Viewport.Phone}: {chart}");
            }
        });
    }

    [SkippableTheory]
    [MemberData(nameof(Widths))]
    public async Task Should_render_every_trends_chart_text_at_11_px_or_more_at_any_width(int width)
    {
        var viewport = new Viewport("width " + width.ToString(CultureInfo.InvariantCulture), width, 900);
        await using var tab = await site.OpenAsync("trends/", viewport, TabOptions.Measuring);

        await tab.CheckAsync(async page =>
        {
            var charts = await ChartsAsync(page, site.Output);

            Assert.NotEmpty(charts);
            Assert.All(charts, chart => Assert.True(chart.SmallestText >= ChartStyle.MinimumRendered, $"at {viewport}: {chart}"));
            Assert.All(charts, chart => Assert.True(chart.Scale <= 1.001, $"stretched at {viewport}: {chart}"));
        });
    }

    /// <param name="output">The built site the page was served from, where its SVG files are read.</param>
    private static async Task<List<RenderedChart>> ChartsAsync(Microsoft.Playwright.IPage page, string output)
    {
        var images = await page.EvaluateAsync<ChartImage[]>(
            "() => [...document.querySelectorAll('figure.chart img')].map(i => ({ src: i.currentSrc, shown: i.getBoundingClientRect().width }))");
        List<RenderedChart> charts = [];
        foreach (var image in images)
        {
            var relative = new Uri(image.Src).AbsolutePath.TrimStart('/');
            var svg = XDocument.Load(Path.Combine(output, relative)).Root!;
            var drawn = double.Parse(svg.Attribute("width")!.Value, CultureInfo.InvariantCulture);
            var sizes = svg.Descendants().Attributes("font-size").Select(a => double.Parse(a.Value, CultureInfo.InvariantCulture)).ToArray();
            Assert.NotEmpty(sizes);
            charts.Add(new RenderedChart(relative, image.Shown / drawn, sizes.Min() * image.Shown / drawn));
        }

        return charts;
    }

    private sealed class ChartImage
    {
        public string Src { get; set; } = "";

        public double Shown { get; set; }
    }

    private sealed record RenderedChart(string File, double Scale, double SmallestText)
    {
        public override string ToString() => $"{File} shown at {Scale:0.###}× its drawn width, smallest text {SmallestText:0.#} px";
    }
}
