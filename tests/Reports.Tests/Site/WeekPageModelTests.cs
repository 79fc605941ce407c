using Reports.Pipeline;
using Reports.Site;
using Reports.Site.Outputs;

namespace Reports.Tests.Site;

/// <summary>
/// A weekly report's model is made when its page renders and dropped with it: a site of thirteen thousand weeks must
/// not hold every week's scorecard, gates and incidents at once while it publishes.
/// </summary>
public sealed class WeekPageModelTests
{
    [Fact]
    public void Weekly_reports_carry_no_model_until_they_render()
    {
        using var folder = SiteFolder.Shipped();
        var options = folder.Options();
        var engine = SiteBuilder.CreateEngine(new SiteContext(options, new SiteUrls(null), SiteBuilder.SiteName)).Value!;
        var files = new OverlayFileSystem(new FileLayer("input", options.InputDirectory), new FileLayer("theme", options.ThemeDirectory));
        var rendered = new List<string>();

        var run = engine.Run(files, publish: documents => rendered.AddRange(documents
            .Where(d => System.Text.RegularExpressions.Regex.IsMatch(d.Destination!, @"^weeks/\d{4}-\d{2}-\d{2}/index\.html$"))
            .Select(d => d.Content.AsText())));

        var weeks = run.Outputs(SitePipelines.Weeks).Where(d => d.Has(SiteKeys.Template)).ToList();
        Assert.Equal(2, weeks.Count);
        Assert.All(weeks, week => Assert.False(week.Has(SiteKeys.Model)));
        Assert.All(rendered, html => Assert.Contains("report.json", html, StringComparison.Ordinal));
        Assert.Equal(2, rendered.Count);
    }
}
