namespace Reports.Site;

/// <summary>
/// One site built again and again by a long-lived process (<c>reports serve</c>): each <see cref="Build"/> reuses
/// what the earlier ones computed (<see cref="SiteBuildCache"/>) and writes exactly what a clean
/// <see cref="SiteBuilder.Build(SiteOptions, CancellationToken)"/> would. Builds run one at a time. The old copies
/// of the files a build replaced are deleted in the background once it has returned (on some file systems that
/// is the slowest part of writing), and always before the next build starts; and rebuilds run without pauses for
/// garbage collection when they can (<see cref="QuietRebuilds"/>).
/// </summary>
public sealed class SiteSession(SiteOptions options) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly QuietRebuilds _quiet = new();
    private Task _cleanup = Task.CompletedTask;

    public SiteOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public SiteBuildCache Cache { get; } = new();

    public BuildOutcome Build(CancellationToken ct = default)
    {
        lock (_gate)
        {
            _quiet.BeforeBuild();
            _cleanup.GetAwaiter().GetResult();
            var outcome = SiteBuilder.Build(Options, Cache, ct);
            if (outcome.PendingCleanup is { } trash)
            {
                _cleanup = Task.Run(() => Delete(trash), CancellationToken.None);
            }

            _quiet.AfterBuild();
            return outcome;
        }
    }

    /// <summary>Waits for the last build's cleanup (deleting replaced files).</summary>
    public void WaitForCleanup()
    {
        lock (_gate)
        {
            _cleanup.GetAwaiter().GetResult();
        }
    }

    /// <summary>Waits for the last build's cleanup and leaves the collector as it found it: call before the process ends.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _quiet.Stop();
            _cleanup.GetAwaiter().GetResult();
        }
    }

    public void Dispose() => Stop();

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next build: the writer removes a trash folder that carries its marker.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
