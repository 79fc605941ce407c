using System.Runtime;
using Reports.Site;
using Reports.Tests.Rendering.Charts;

namespace Reports.Tests.Site;

/// <summary>
/// A session keeps the collector out of its rebuilds: idle after a build, it opens a no-GC region for the next one,
/// open until it is idle again; stopping the session leaves the collector as it was. Run alone, as the region is the
/// process's.
/// </summary>
[Collection(MachineSettingsCollection.Name)]
public sealed class QuietRebuildsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Should_open_a_region_while_idle_build_inside_it_and_leave_none_when_stopped()
    {
        using var site = SiteFolder.Shipped();
        var session = new SiteSession(site.Options());
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

        Assert.True(session.Build().Succeeded);
        Assert.True(SpinWait.SpinUntil(() => GCSettings.LatencyMode == GCLatencyMode.NoGCRegion, Patience), "an idle session should open a no-GC region");

        site.Write("data/scores.csv", File.ReadAllText(site.PathOf("data/scores.csv")).Replace("2026-02-17,ci,3,", "2026-02-17,ci,4,", StringComparison.Ordinal));
        Assert.True(session.Build().Succeeded);
        Assert.True(SpinWait.SpinUntil(() => GCSettings.LatencyMode == GCLatencyMode.NoGCRegion, Patience), "idle again after the rebuild");
        session.Dispose();

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void Should_build_the_same_site_whether_a_build_starts_inside_a_region_or_not()
    {
        using var site = SiteFolder.Shipped();
        using (var session = new SiteSession(site.Options()))
        {
            Assert.True(session.Build().Succeeded);
            Assert.True(SpinWait.SpinUntil(() => GCSettings.LatencyMode == GCLatencyMode.NoGCRegion, Patience));
            site.Write("input/about.md", File.ReadAllText(site.PathOf("input/about.md")) + "\nEdited inside a region.\n");
            Assert.True(session.Build().Succeeded);
        }

        var inRegion = site.OutputFiles();
        Assert.True(SiteBuilder.Build(site.Options()).Succeeded);

        Assert.Equal(inRegion.Keys, site.OutputFiles().Keys);
        Assert.All(inRegion, file => Assert.Equal(file.Value, site.OutputFiles()[file.Key]));
    }
}
