using System.Text;
using Reports.Archive;
using Reports.Data;
using Reports.Diagnostics;
using Reports.History;
using Reports.Scoring;
using Reports.Site.Config;
using Reports.Site.Outputs;
using Reports.Site.Views;

namespace Reports.Site;

/// <summary>
/// Freezes one weekly report as published into <c>data/archive/YYYY-MM-DD/</c>: the page exactly as the site
/// renders it (built in memory by the normal pipelines, nothing written to the output folder), made to open from
/// disk; the files it uses; the data rows it was computed from; and a manifest of them all. The archive is
/// append-only: a week already archived is refused and nothing changes. The folder appears whole or not at all.
/// </summary>
public static class WeekSnapshot
{
    public static SnapshotOutcome Create(SnapshotOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var loaded = DataFolderLoader.Load(options.DataDirectory);
        IReadOnlyList<Diagnostic> archive = Directory.Exists(options.DataDirectory) ? ArchiveVerifier.Verify(options.DataDirectory) : [];
        if (!loaded.Succeeded || archive.Any(d => d.IsError))
        {
            return SnapshotOutcome.Failed([.. loaded.Diagnostics, .. archive]);
        }

        var report = ProgramEvaluator.Evaluate(loaded.Value!);
        if (Choose(report, options) is not { } week)
        {
            return SnapshotOutcome.Failed([.. loaded.Diagnostics, .. archive, Unscored(report, options)], options.Week);
        }

        var weekName = ArchiveLayout.FolderNameOf(week.WeekOf);
        var folder = ArchiveLayout.SnapshotFolder(options.DataDirectory, week.WeekOf);
        if (Directory.Exists(folder) || File.Exists(folder))
        {
            return SnapshotOutcome.Failed([SnapshotErrors.AlreadyArchived(Slashes(folder), weekName)], week.WeekOf);
        }

        // What is archived stays forever: it must come from data a commit names, and link back to the live site.
        var dataVersion = DataVersion.Of(options.DataDirectory);
        if (dataVersion.Kind != DataVersionInfo.Git && !options.AllowDirty)
        {
            return SnapshotOutcome.Failed([SnapshotErrors.UncommittedData(Slashes(options.DataDirectory), DataCommit.Uncommitted(options.DataDirectory))], week.WeekOf);
        }

        if (BaseUrl(options) is not { } baseUrl)
        {
            return SnapshotOutcome.Failed([SnapshotErrors.NoBaseUrl(Slashes(Path.Combine(options.InputDirectory, SiteConfig.FileName)))], week.WeekOf);
        }

        // Rendered in memory only: no output folder is written, so none is named.
        var siteOptions = new SiteOptions(options.DataDirectory, options.InputDirectory, options.ThemeDirectory, OutputDirectory: "", Strict: false, options.BaseUrl);
        var site = SiteBuilder.Render(siteOptions, ct);
        if (!site.Succeeded)
        {
            return SnapshotOutcome.Failed(site.Diagnostics, week.WeekOf);
        }

        var copy = new ArchivedCopy(
            baseUrl + "/" + ViewModelFactory.WeekHref(week.WeekOf),
            dataVersion.Kind == DataVersionInfo.Git ? DataCommit.CommittedOn(options.DataDirectory, dataVersion.Id) : null,
            dataVersion.Short);
        var page = SnapshotPage.Freeze(site.Files, PageAddress(week.WeekOf), baseUrl, copy);
        var files = new List<KeyValuePair<string, byte[]>> { new("index.html", Encoding.UTF8.GetBytes(page.Html)) };
        files.AddRange(page.Files.Select(f => new KeyValuePair<string, byte[]>(f.Key, site.Files[f.Value].ToArray())));
        files.AddRange(ArchivedRows.Extract(options.DataDirectory, report.Data, week));

        var metadata = SnapshotMetadata.For(week, dataVersion);
        var written = Write(folder, files, metadata, report);
        return written.Manifest is null
            ? SnapshotOutcome.Failed([.. site.Diagnostics, written.Problem!], week.WeekOf)
            : new SnapshotOutcome(site.Diagnostics, week.WeekOf, Slashes(folder), written.Manifest);
    }

    /// <summary>Where the site publishes a week's report: <c>weeks/2026-02-17/index.html</c>.</summary>
    public static string PageAddress(DateOnly week) => Modules.PageAddress.Destination(ViewModelFactory.WeekHref(week));

    private static WeekResult? Choose(ProgramReport report, SnapshotOptions options) =>
        options.Week is DateOnly wanted ? report.Find(wanted) : report.Latest;

    private static Diagnostic Unscored(ProgramReport report, SnapshotOptions options) => options.Week is DateOnly wanted
        ? SnapshotErrors.WeekNotScored(
            Slashes(Path.Combine(options.DataDirectory, DataFiles.Scores)),
            ArchiveLayout.FolderNameOf(wanted),
            string.Join(", ", report.Weeks.Select(w => ArchiveLayout.FolderNameOf(w.WeekOf))))
        : SnapshotErrors.NoScoredWeek(Slashes(options.DataDirectory));

    /// <summary>The address links to the rest of the site use: the command line's, else <c>input/site.yml</c>'s (both valid once the site rendered).</summary>
    private static string? BaseUrl(SnapshotOptions options)
    {
        SiteUrls.TryNormalize(options.BaseUrl, out var given);
        return given ?? SiteConfig.Load(options.InputDirectory).Value?.BaseUrl;
    }

    /// <summary>
    /// Writes the files and the manifest into a staging folder beside the snapshot's, checks that the kept rows
    /// reproduce the week, then renames the staging folder into place: one rename, so a failure leaves no snapshot.
    /// </summary>
    private static (ArchiveManifest? Manifest, Diagnostic? Problem) Write(string folder, IReadOnlyList<KeyValuePair<string, byte[]>> files, SnapshotMetadata metadata, ProgramReport report)
    {
        var root = Path.GetDirectoryName(folder)!;
        var createdRoot = !Directory.Exists(root);
        var staging = Path.Combine(root, ".staging-" + Path.GetFileName(folder));
        try
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            foreach (var (path, bytes) in files)
            {
                var target = Path.Combine(staging, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }

            var manifest = ArchiveManifest.Create(staging, metadata);
            var check = Restatements.Find(new ArchivedSnapshot(metadata.WeekOf, Slashes(staging), manifest), report, new List<Diagnostic>());
            if (check.IsRestated || check.Rows is null)
            {
                // The rows kept are meant to be all the week depends on: if they do not reproduce it, the selection is wrong.
                throw new InvalidOperationException($"the rows kept for week {ArchiveLayout.FolderNameOf(metadata.WeekOf)} do not reproduce it: {string.Join(" ", RestatementText.Lines(check))}");
            }

            Directory.Move(staging, folder);
            return (manifest, null);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            if (createdRoot)
            {
                TryDelete(root);
            }

            return (null, SnapshotErrors.WriteFailed(Slashes(folder), error.Message));
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the error that brought us here is the one to report.
        }
    }

    private static string Slashes(string path) => path.Replace('\\', '/');
}
