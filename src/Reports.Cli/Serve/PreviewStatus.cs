using Reports.Diagnostics;

namespace Reports.Cli.Serve;

/// <summary>
/// What the preview currently shows, as a numbered build: the site in the output folder, or the diagnostics of
/// sources that do not build. Open pages wait on <see cref="WaitForNextAsync"/> and reload when the number moves.
/// Thread-safe.
/// </summary>
public sealed class PreviewStatus
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = NewSignal();

    public PreviewStatus(bool hasSite)
    {
        Current = new Snapshot(1, null, hasSite);
    }

    /// <summary>The build now served; <see cref="Snapshot.Failure"/> is null when the sources built.</summary>
    public Snapshot Current { get; private set; }

    /// <summary>Records a successful build; the number moves only when a file changed or a failure ended.</summary>
    public void Succeeded(bool changedFiles) => Move(current =>
        changedFiles || current.Failure is not null || !current.HasSite ? current with { Build = current.Build + 1, Failure = null, HasSite = true } : null);

    /// <summary>Records a failed build; the number moves only when the diagnostics differ from those shown.</summary>
    public void Failed(IReadOnlyList<Diagnostic> diagnostics) => Move(current =>
        current.Failure is { } shown && shown.SequenceEqual(diagnostics) ? null : current with { Build = current.Build + 1, Failure = diagnostics });

    /// <summary>Completes when the build number is no longer <paramref name="seen"/>.</summary>
    public async Task<Snapshot> WaitForNextAsync(long seen, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                if (Current.Build != seen)
                {
                    return Current;
                }

                signal = _next.Task;
            }

            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void Move(Func<Snapshot, Snapshot?> change)
    {
        TaskCompletionSource released;
        lock (_gate)
        {
            if (change(Current) is not { } next)
            {
                return;
            }

            Current = next;
            released = _next;
            _next = NewSignal();
        }

        released.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="Build">Numbers each state the browser should reload for.</param>
    /// <param name="Failure">The diagnostics of the sources, when they do not build.</param>
    /// <param name="HasSite">Whether the output folder holds a good site to fall back to.</param>
    public sealed record Snapshot(long Build, IReadOnlyList<Diagnostic>? Failure, bool HasSite);
}
