using Reports.Archive;
using Reports.Data;
using Reports.Domain;
using Reports.Scoring;
using Reports.Scoring.Evidence;
using Reports.Site;
using Reports.Tests.Site;

namespace Reports.Tests.Archive;

/// <summary>
/// A snapshot keeps the evidence rows its week's rules read (<see cref="EvidenceReach"/>): with only those rows, each
/// week of the example program, at its phase and validation window, computes the same gates, No-Go conditions and
/// evidence as with all of them.
/// </summary>
public sealed class ArchivedEvidenceTests : IDisposable
{
    private readonly SiteFolder folder = SiteFolder.Example("lumen-relay");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_compute_each_weeks_evidence_again_from_the_rows_its_snapshot_keeps()
    {
        var live = Load(folder.Data);
        var report = ProgramEvaluator.Evaluate(live);

        Assert.Equal(26, report.Weeks.Count);
        foreach (var week in report.Weeks)
        {
            using var snapshot = new SiteFolder();
            var rows = ArchivedRows.Extract(folder.Data, live, week);
            foreach (var (path, bytes) in rows)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(snapshot.PathOf(path))!);
                File.WriteAllBytes(snapshot.PathOf(path), bytes);
            }

            var kept = Load(Path.Combine(snapshot.Root, ArchivedRows.FolderName));

            // The week alone, as its snapshot is read: the phase and window come from the weeks before it, not from its rows.
            Assert.Equal(Describe(Facts(live, week, live)), Describe(Facts(live, week, kept)));
            Assert.True(kept.Evidence.SloDays.Count < live.Evidence.SloDays.Count && kept.Evidence.CiRuns.Count < live.Evidence.CiRuns.Count, "the snapshot keeps every row");
        }
    }

    [Fact]
    public void Should_archive_each_phase_two_week_with_the_start_of_its_window_and_reproduce_it_from_its_rows()
    {
        var report = ProgramEvaluator.Evaluate(Load(folder.Data));
        var phaseTwo = report.Weeks.Where(w => w.Evidence.ValidationWindow is { } window && window.First < w.WeekOf).ToList();
        Assert.NotEmpty(phaseTwo);

        foreach (var week in phaseTwo)
        {
            // The snapshot checks that its rows reproduce the week; a window cut to the week itself turned G6 pending.
            var outcome = WeekSnapshot.Create(new SnapshotOptions(folder.Data, folder.Input, folder.Theme, week.WeekOf, ArchiveSiteFolder.BaseUrl, AllowDirty: true));
            Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
            var snapshot = ArchiveReader.List(folder.Data).Single(s => s.WeekOf == week.WeekOf);
            Assert.Equal(week.Evidence.ValidationWindow!.Value.First, snapshot.Manifest.ValidationWindowStart);
            Assert.False(Restatements.Find(snapshot, report, []).IsRestated);
        }
    }

    [Fact]
    public void Should_keep_the_slo_days_of_the_budget_period_and_no_later_day()
    {
        var live = Load(folder.Data);
        var week = ProgramEvaluator.Evaluate(live).Find(new DateOnly(2025, 12, 22))!;

        var kept = Load(Write(ArchivedRows.Extract(folder.Data, live, week)));

        Assert.Equal(new DateOnly(2025, 11, 23), kept.Evidence.SloDays.Min(d => d.Date));
        Assert.Equal(week.WeekOf, kept.Evidence.SloDays.Max(d => d.Date));
        Assert.Equal(5 * 30, kept.Evidence.SloDays.Count);
        Assert.Equal(live.Evidence.Slos, kept.Evidence.Slos);
        Assert.All(kept.Evidence.CiRuns, r => Assert.True(r.FinishedOn <= week.WeekOf));
        Assert.All(kept.Evidence.Events, e => Assert.True(e.Date <= week.WeekOf));
    }

    private string Write(IReadOnlyList<KeyValuePair<string, byte[]>> rows)
    {
        var root = Path.Combine(folder.Root, "snapshot");
        foreach (var (path, bytes) in rows)
        {
            var file = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
        }

        return Path.Combine(root, ArchivedRows.FolderName);
    }

    private static WeekFacts Facts(ReliabilityData live, WeekResult week, ReliabilityData evidence) =>
        new(week.WeekOf, week.Phase, live.Policy, week.Total, week.Categories, week.Gates, week.OpenIncidents, week.UnresolvedFindings)
        {
            Evidence = EvidenceIndex.From(live with { Evidence = evidence.Evidence }),
            ValidationWindow = week.Evidence.ValidationWindow,
        };

    private static string Describe(WeekFacts facts)
    {
        var evidence = WeekEvidence.Of(facts);
        return string.Join(
            "\n",
            [
                .. ContractRules.Gates.Select(r => $"{r.Code} {r.IsMeasured(facts.Evidence)} {r.Evaluate(facts)}"),
                .. ContractRules.NoGo.Select(c => c.Evaluate(facts)).Select(c => $"{c.Code} {c.State} {c.Detail}"),
                .. evidence.Slos.Select(s => $"{s.Id} {s.Status} {s.Window.Good}/{s.Window.Total} {s.Burn}"),
                $"smoke {evidence.Ci.SmokeFailuresInARow}",
                .. evidence.Ci.FlakeRates.Select(r => $"{r.Key} {r.Value}"),
                "overdue " + string.Join(",", evidence.Overdue),
            ]);
    }

    private static ReliabilityData Load(string data)
    {
        var loaded = DataFolderLoader.Load(data);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return loaded.Value!;
    }
}
