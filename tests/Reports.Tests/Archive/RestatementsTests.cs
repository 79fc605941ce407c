using Reports.Archive;
using Reports.Data;
using Reports.Diagnostics;
using Reports.Scoring;
using Reports.Site;
using Reports.Site.Views;
using Reports.Tests.Site;

namespace Reports.Tests.Archive;

/// <summary>A published week is restated when today's data or rules compute it differently, and the page can say how.</summary>
public sealed class RestatementsTests : IDisposable
{
    private static readonly DateOnly Week1 = new(2026, 2, 17);

    private readonly ArchiveSiteFolder site = ArchiveSiteFolder.Create();

    public void Dispose() => site.Dispose();

    [Fact]
    public void Should_not_restate_a_week_whose_data_is_unchanged()
    {
        Archive(Week1);

        var restatement = Find(Week1, out var diagnostics);

        Assert.False(restatement.IsRestated, string.Join("\n", RestatementText.Lines(restatement)));
        Assert.NotNull(restatement.Rows);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Should_restate_a_rescored_week_with_its_total_and_category()
    {
        Archive(Week1);
        site.Rescore("2026-02-17", "outcomes", 2);

        var restatement = Find(Week1, out _);

        Assert.True(restatement.IsRestated);
        Assert.True(restatement.TotalChanged);
        Assert.Equal(
            ["Total: 46.25 as published, 52.50 now (+6.25).", "Reliability Outcomes: score 1 \u2192 2 (6.25 \u2192 12.50 points)."],
            RestatementText.Lines(restatement));
    }

    [Fact]
    public void Should_restate_a_week_when_a_threshold_changes_even_if_no_score_does()
    {
        Archive(Week1);
        var policy = site.Folder.PathOf("data/policy.csv");
        File.WriteAllText(policy, File.ReadAllText(policy).Replace("hardening_complete_total,80,", "hardening_complete_total,75,", StringComparison.Ordinal));

        var restatement = Find(Week1, out _);

        Assert.True(restatement.IsRestated);
        Assert.False(restatement.TotalChanged);
        Assert.Contains("Policy hardening_complete_total: '80' \u2192 '75'.", RestatementText.Lines(restatement));
    }

    [Fact]
    public void Should_restate_a_week_when_an_incident_open_that_week_changes()
    {
        Archive(new DateOnly(2026, 2, 18));
        var path = site.Folder.PathOf("data/incidents.csv");
        File.WriteAllText(path, File.ReadAllText(path).TrimEnd('\n') + "\nINC-99,sev1,video,Backdated outage,2026-02-10,,Found in the logs later.,\n");

        var restatement = Find(new DateOnly(2026, 2, 18), out _);
        var lines = RestatementText.Lines(restatement);

        Assert.True(restatement.IsRestated);
        Assert.Contains("No-Go condition open-sev1: now active.", lines);
        Assert.Contains("Incident INC-99: now open that week.", lines);
        Assert.Contains("Incident INC-99 (Backdated outage): added.", lines);
    }

    [Fact]
    public void Should_not_count_a_change_to_the_week_before_as_a_restatement()
    {
        Archive(new DateOnly(2026, 2, 18));
        site.Rescore("2026-02-17", "outcomes", 2);

        Assert.False(Find(new DateOnly(2026, 2, 18), out _).IsRestated, "the week's own numbers did not change; only its change from the week before did");
    }

    [Fact]
    public void Should_say_a_week_the_data_no_longer_scores_is_removed()
    {
        Archive(Week1);
        var scores = site.Folder.PathOf("data/scores.csv");
        File.WriteAllLines(scores, File.ReadAllLines(scores).Where(l => !l.StartsWith("2026-02-17", StringComparison.Ordinal)));
        foreach (var file in new[] { "data/gate-results.csv", "data/decisions.csv" })
        {
            var path = site.Folder.PathOf(file);
            File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.StartsWith("2026-02-17", StringComparison.Ordinal)));
        }

        var restatement = Find(Week1, out _);

        Assert.True(restatement.Removed);
        Assert.Equal(["The data no longer scores this week."], RestatementText.Lines(restatement));
    }

    [Fact]
    public void Should_compare_the_manifest_alone_when_a_snapshot_keeps_no_rows_and_warn()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        var report = ProgramEvaluator.Evaluate(DataFolderLoader.Load(data.Path).Value!);
        var diagnostics = new List<Diagnostic>();

        var restatement = Restatements.Find(ArchiveReader.List(data.Path).Single(), report, diagnostics);

        Assert.False(restatement.IsRestated);
        Assert.Null(restatement.Rows);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, ErrorCodes.ArchiveRowsUnreadable), (warning.Severity, warning.Code));
        Assert.Equal(data.DiagnosticPath("2026-02-17/data"), warning.Path);
    }

    private void Archive(DateOnly week)
    {
        var outcome = WeekSnapshot.Create(new SnapshotOptions(site.Folder.Data, site.Folder.Input, site.Folder.Theme, week, ArchiveSiteFolder.BaseUrl, AllowDirty: true));
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
    }

    private Restatement Find(DateOnly week, out List<Diagnostic> diagnostics)
    {
        var loaded = DataFolderLoader.Load(site.Folder.Data);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        diagnostics = [];
        return Restatements.Find(ArchiveReader.List(site.Folder.Data).Single(s => s.WeekOf == week), ProgramEvaluator.Evaluate(loaded.Value!), diagnostics);
    }
}
