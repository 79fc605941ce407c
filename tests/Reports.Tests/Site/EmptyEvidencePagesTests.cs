using System.Text.RegularExpressions;

namespace Reports.Tests.Site;

/// <summary>
/// The plan's own data has no evidence files: the SLO and CI pages and each weekly report say plainly that the evidence
/// is not measured and which files would add it, and show no number.
/// </summary>
public sealed partial class EmptyEvidencePagesTests(ShippedSiteFixture fixture) : IClassFixture<ShippedSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Should_say_slos_are_not_measured_and_which_files_would_add_them()
    {
        var main = Site.Page("slos/index.html").QuerySelector("main")!.TextContent;

        Assert.Contains("SLOs are not measured yet", main, StringComparison.Ordinal);
        Assert.Contains("data/slos.csv", main, StringComparison.Ordinal);
        Assert.Contains("data/slo-days.csv", main, StringComparison.Ordinal);
        Assert.Contains("Every pillar: hydra, video, queue, socket, auth.", main, StringComparison.Ordinal);
        Assert.DoesNotMatch(Percent(), main);
        Assert.Empty(Site.Page("slos/index.html").QuerySelectorAll("main img, main table"));
    }

    [Fact]
    public void Should_say_ci_runs_and_drills_are_not_measured()
    {
        var main = Site.Page("ci/index.html").QuerySelector("main")!.TextContent;

        Assert.Contains("CI runs are not measured yet: data/ci-runs.csv has no rows.", Regex.Replace(main, @"\s+", " "), StringComparison.Ordinal);
        Assert.Contains("Drills are not measured yet", main, StringComparison.Ordinal);
        Assert.DoesNotMatch(Percent(), main);
    }

    [Fact]
    public void Should_say_on_each_weekly_report_that_no_evidence_is_recorded()
    {
        foreach (var week in new[] { "weeks/2026-02-17/index.html", "weeks/2026-02-18/index.html" })
        {
            var section = Site.Page(week).GetElementById("evidence")!.ParentElement!.TextContent;

            Assert.Contains("No evidence is recorded: SLOs, CI runs and drills are not measured yet.", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_leave_evidence_out_of_the_feed_when_nothing_is_computed_from_it() =>
        Assert.DoesNotContain("Evidence:", Site.Text("feed.xml"), StringComparison.Ordinal);

    [GeneratedRegex(@"[0-9] ?%")]
    private static partial Regex Percent();
}
