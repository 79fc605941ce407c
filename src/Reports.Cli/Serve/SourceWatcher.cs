using System.Threading.Channels;

namespace Reports.Cli.Serve;

/// <summary>
/// Watches the source folders (data/, input/, theme/) and reports changed files in batches: a batch is closed once
/// no change has come for a quiet period, so an editor's save (write, rename, touch) is one rebuild.
/// Changes under the output folder, its staging folder and dot-files or editor backups (<c>~</c>) are ignored.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<(string Path, long At)> _changes = Channel.CreateUnbounded<(string, long)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly string[] _ignored;
    private readonly TimeSpan _quiet;

    /// <param name="folders">Folders to watch; missing ones are skipped.</param>
    /// <param name="ignored">Folders whose changes are not source changes (the output folder).</param>
    public SourceWatcher(IEnumerable<string> folders, IEnumerable<string> ignored, TimeSpan quiet)
    {
        _ignored = [.. ignored.Select(Full)];
        _quiet = quiet;
        foreach (var folder in folders.Select(Full).Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Offer(folder, e.FullPath);
            watcher.Created += (_, e) => Offer(folder, e.FullPath);
            watcher.Deleted += (_, e) => Offer(folder, e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Offer(folder, e.OldFullPath);
                Offer(folder, e.FullPath);
            };
            // Too many changes at once (a checkout): the folder itself changed, which still triggers a rebuild.
            watcher.Error += (_, _) => _changes.Writer.TryWrite((folder, System.Diagnostics.Stopwatch.GetTimestamp()));
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public IReadOnlyList<string> Watched => [.. _watchers.Select(w => w.Path)];

    /// <summary>The next batch of changes: the paths (full, ordinal, distinct) and when the first was seen.</summary>
    public async Task<SourceChanges> NextBatchAsync(CancellationToken cancellationToken)
    {
        var (first, at) = await _changes.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var batch = new SortedSet<string>(StringComparer.Ordinal) { first };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(_quiet);
            try
            {
                batch.Add((await _changes.Reader.ReadAsync(quiet.Token).ConfigureAwait(false)).Path);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new SourceChanges([.. batch], at);
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    private void Offer(string root, string path)
    {
        var full = Full(path);
        // Dot-files and dot-folders (.git, editor swap files) and backups are never read by a build.
        var segments = Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar);
        if (segments.Any(s => s.StartsWith('.') && s != "." && s != "..") || full.EndsWith('~') || _ignored.Any(folder => IsUnder(full, folder)))
        {
            return;
        }

        _changes.Writer.TryWrite((full, System.Diagnostics.Stopwatch.GetTimestamp()));
    }

    private static bool IsUnder(string path, string folder) =>
        string.Equals(path, folder, StringComparison.Ordinal) || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
