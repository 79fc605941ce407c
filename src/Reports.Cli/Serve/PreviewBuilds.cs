using System.Diagnostics;
using System.Globalization;
using Reports.Preview;
using Reports.Site;

namespace Reports.Cli.Serve;

/// <summary>
/// Rebuilds the site in one <see cref="SiteSession"/> after each batch of source changes, one build at a time,
/// prints how long it took and which files it wrote or removed, and tells the <see cref="PreviewStatus"/>.
/// </summary>
internal sealed class PreviewBuilds(SiteSession session, PreviewStatus status, TextWriter output, TextWriter error, Painter paint)
{
    private const int ListedFiles = 8;

    private IReadOnlyList<Reports.Diagnostics.Diagnostic> _warnings = [];

    /// <summary>Builds now; <paramref name="changes"/> says why (null for the first build).</summary>
    public BuildOutcome Build(SourceChanges? changes)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = session.Build();
        var done = Stopwatch.GetTimestamp();
        if (outcome.Succeeded)
        {
            status.Succeeded(outcome.WrittenPaths.Count + outcome.RemovedPaths.Count > 0);
        }
        else
        {
            status.Failed(outcome.Diagnostics);
        }

        Report(outcome, changes, Stopwatch.GetElapsedTime(started, done), changes is null ? null : Stopwatch.GetElapsedTime(changes.FirstSeen, done));
        return outcome;
    }

    public async Task RunAsync(SourceWatcher watcher, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            SourceChanges changes;
            try
            {
                changes = await watcher.NextBatchAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            Build(changes);
        }
    }

    private void Report(BuildOutcome outcome, SourceChanges? changes, TimeSpan took, TimeSpan? sinceChange)
    {
        var what = changes is null ? "Built" : "Rebuilt";
        var why = changes is null || sinceChange is not { } since
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $" ({Describe(changes.Paths)}; {since.TotalMilliseconds:0} ms from the save)");
        var time = string.Create(CultureInfo.InvariantCulture, $"{took.TotalMilliseconds:0} ms");
        lock (output)
        {
            if (!outcome.Succeeded)
            {
                var errors = outcome.Diagnostics.Count(d => d.IsError);
                error.WriteLine(paint.Error(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Build failed in {time}{why}: {errors} error(s). The browser shows them; the output folder keeps the last good site.")));
                foreach (var diagnostic in outcome.Diagnostics)
                {
                    error.WriteLine(diagnostic.IsError ? paint.Error(diagnostic.ToString()) : paint.Warning(diagnostic.ToString()));
                }

                return;
            }

            output.WriteLine(paint.Good(string.Create(
                CultureInfo.InvariantCulture,
                $"{what} in {time}{why}: {outcome.FilesWritten} file(s) written, {outcome.FilesRemoved} removed, {outcome.FilesUnchanged} unchanged.")));
            List("written", outcome.WrittenPaths);
            List("removed", outcome.RemovedPaths);
            // The same warnings after every save would bury what changed: list them when they change.
            if (outcome.Diagnostics.SequenceEqual(_warnings))
            {
                if (_warnings.Count > 0)
                {
                    error.WriteLine(paint.Warning(string.Create(CultureInfo.InvariantCulture, $"  {_warnings.Count} warning(s), as before.")));
                }

                return;
            }

            _warnings = outcome.Diagnostics;
            foreach (var warning in outcome.Diagnostics)
            {
                error.WriteLine(paint.Warning(warning.ToString()));
            }
        }

        void List(string verb, IReadOnlyList<string> paths)
        {
            if (paths.Count == 0 || changes is null)
            {
                return;
            }

            var shown = string.Join(", ", paths.Take(ListedFiles));
            var more = paths.Count > ListedFiles ? string.Create(CultureInfo.InvariantCulture, $" … and {paths.Count - ListedFiles} more") : "";
            output.WriteLine($"  {verb}: {shown}{more}");
        }
    }

    /// <summary>
    /// "data/scores.csv changed", relative to the current folder. An editor's temporary files, gone by now, are
    /// left out when something that still exists changed too.
    /// </summary>
    private static string Describe(IReadOnlyList<string> paths)
    {
        var existing = paths.Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
        var shown = (existing.Count > 0 ? existing : paths)
            .Select(p => Path.GetRelativePath(Directory.GetCurrentDirectory(), p).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        return shown.Count <= 3
            ? string.Join(", ", shown) + " changed"
            : string.Join(", ", shown.Take(3)) + string.Create(CultureInfo.InvariantCulture, $" and {shown.Count - 3} more changed");
    }
}
