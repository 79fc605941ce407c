using System.Globalization;
using Reports.Data;
using Reports.Domain;
using Reports.Scoring;
using Reports.Scoring.Evidence;
using Reports.Site;

namespace Reports.Tests.Site;

/// <summary>
/// The synthetic example program in <c>examples/lumen-relay</c> builds, byte for byte the same in any culture, and
/// tells the story its about page tells: every evidence rule decides at least one of its 26 weeks.
/// </summary>
public sealed class ExampleProgramTests : IDisposable
{
    private readonly SiteFolder folder = SiteFolder.Example("lumen-relay");

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Should_build_the_same_bytes_under_any_culture(string culture)
    {
        var expected = Render();
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var actual = Render();
            Assert.Equal(expected.Files.Keys, actual.Files.Keys);
            Assert.All(expected.Files, f => Assert.True(f.Value.AsSpan().SequenceEqual(actual.Files[f.Key].AsSpan()), f.Key + " differs"));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }

        Assert.Contains("weeks/2025-12-08/index.html", expected.Files.Keys);
        Assert.Contains("slos/index.html", expected.Files.Keys);
        Assert.Contains("ci/index.html", expected.Files.Keys);
        Assert.Contains("charts/error-budget-burn.svg", expected.Files.Keys);
    }

    [Fact]
    public void Should_go_through_all_three_phases_with_a_freeze_decided_by_the_evidence()
    {
        var report = Evaluate();

        Assert.Equal(26, report.Weeks.Count);
        Assert.Equal("11111111223333322233333333", string.Concat(report.Weeks.Select(w => w.Phase)));
        Assert.All(report.Weeks, w => Assert.Null(w.Discrepancy));
        Assert.Equal(Decision.Freeze, Week(report, "2025-12-08").Decision);
        Assert.Contains("open-sev1", Week(report, "2025-12-08").ActiveFreezeCodes);
    }

    [Fact]
    public void Should_decide_the_gates_from_ci_runs_slo_days_and_events()
    {
        var report = Evaluate();
        var hardened = Week(report, "2025-10-20");
        var reentry = Week(report, "2025-11-03");
        var smoke = Week(report, "2025-12-22");

        Assert.Equal(GateSource.Computed, hardened.Gates.Single(g => g.Gate.Id == "G4").Source);
        Assert.Equal(GateStatus.Fail, Week(report, "2025-10-06").Gates.Single(g => g.Gate.Id == "G4").Status);
        Assert.All(reentry.PhaseGates, g => Assert.Equal((GateSource.Computed, GateStatus.Pass), (g.Source, g.Status)));
        Assert.Equal(new DayRange(new DateOnly(2025, 10, 21), new DateOnly(2025, 11, 3)), reentry.Evidence.ValidationWindow);
        Assert.Equal(["smoke-e2e-failing"], smoke.ActiveNoGoCodes);
        Assert.Equal(new DateOnly(2025, 12, 9), smoke.Evidence.ValidationWindow!.Value.First);
        Assert.Equal("recorded pending, but G6 pass: rollback drill passed on 2025-10-23 in the validation window 2025-10-21…27; runbook updated on 2025-10-10", Week(report, "2025-10-27").Gates.Single(g => g.Gate.Id == "G6").Discrepancy);
        Assert.Equal([EventKind.RollbackDrill, EventKind.RedTeamSpotCheck], Week(report, "2026-01-12").Evidence.Overdue);
    }

    private ProgramReport Evaluate()
    {
        var loaded = DataFolderLoader.Load(folder.Data);
        Assert.True(loaded.Value is not null, string.Join("\n", loaded.Diagnostics));
        Assert.Empty(loaded.Diagnostics);
        return ProgramEvaluator.Evaluate(loaded.Value);
    }

    private static WeekResult Week(ProgramReport report, string date) =>
        report.Find(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture))!;

    private RenderedSite Render()
    {
        var site = SiteBuilder.Render(folder.Options());
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        return site;
    }
}
