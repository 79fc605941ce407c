using System.Runtime;

namespace Reports.Site;

/// <summary>
/// Keeps garbage collection out of a session's rebuilds. A warm rebuild at 520 weeks allocates about 100 MB, and
/// collecting that while building cost 100-250 ms of pauses, more than the rest of the rebuild. So once a session
/// has been idle for a moment after a build (the browser has fetched the rebuilt page by then), the heap is
/// collected and a no-GC region sized for the next rebuild is opened, and it stays open until the next idle moment.
/// A build that allocates more than the region holds leaves it, and is collected as usual: only time is at stake,
/// never output.
/// </summary>
/// <remarks>The region is the process's, not the session's: one session per process is what <c>serve</c> runs.</remarks>
internal sealed class QuietRebuilds
{
    private const long MinimumBudget = 64L << 20;
    private const long MaximumBudget = 240L << 20;
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(750);

    private long _allocatedBefore;
    private CancellationTokenSource? _waiting;
    private Task _preparing = Task.CompletedTask;

    /// <summary>Call as a build starts: a region still being prepared is waited for, one not yet started is not.</summary>
    public void BeforeBuild()
    {
        _waiting?.Cancel();
        _preparing.GetAwaiter().GetResult();
        _waiting?.Dispose();
        _waiting = null;
        _allocatedBefore = GC.GetTotalAllocatedBytes();
    }

    /// <summary>
    /// Call as a build ends: after an idle moment, closes the region and opens the next one, a quarter larger than this
    /// build needed. Not at once: the heap is full of this build's garbage, and the browser is about to fetch the page.
    /// </summary>
    public void AfterBuild()
    {
        var allocated = GC.GetTotalAllocatedBytes() - _allocatedBefore;
        var budget = Math.Clamp(allocated + (allocated / 4), MinimumBudget, MaximumBudget);
        var waiting = _waiting = new CancellationTokenSource();
        _preparing = Task.Run(
            async () =>
            {
                try
                {
                    await Task.Delay(Idle, waiting.Token).ConfigureAwait(false);
                    End();
                    Begin(budget);
                }
                catch (OperationCanceledException)
                {
                    // A build started first: it runs with the collector as usual.
                }
            },
            CancellationToken.None);
    }

    /// <summary>Closes any region: call when the session ends.</summary>
    public void Stop()
    {
        BeforeBuild();
        End();
    }

    private static void Begin(long budget)
    {
        try
        {
            // Collects first if the heap lacks the room, which is why this runs while the session is idle.
            GC.TryStartNoGCRegion(budget);
        }
        catch (InvalidOperationException)
        {
            // Already in a region.
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime allows in one region: builds collect as usual.
        }
    }

    private static void End()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The build outgrew the region, which collected and ended it.
        }
    }
}
