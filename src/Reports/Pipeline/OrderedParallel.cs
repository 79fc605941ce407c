using System.Runtime.ExceptionServices;

namespace Reports.Pipeline;

/// <summary>Parallel work whose results come back in input order, whatever the timing.</summary>
internal static class OrderedParallel
{
    public static T[] Map<T>(int count, CancellationToken cancellationToken, Func<int, T> work)
    {
        var results = new T[count];
        // The default scheduler, not the caller's: a host or test runner with a limited scheduler would run this on one thread.
        // One worker per core: unbounded, the thread pool added threads while pages were written (54 at 13,000 weeks),
        // each with a page and its buffers in flight, for no gain on work bound by the CPU.
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            TaskScheduler = TaskScheduler.Default,
            MaxDegreeOfParallelism = Environment.ProcessorCount,
        };
        try
        {
            Parallel.For(0, count, options, i => results[i] = work(i));
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count == 1)
        {
            // Keep the worker's own exception (and stack) as the bug report, not the Parallel wrapper.
            ExceptionDispatchInfo.Throw(aggregate.InnerExceptions[0]);
        }

        return results;
    }

    /// <summary>Runs <paramref name="work"/> for 0 … count − 1 on every core; the first exception is rethrown as it was.</summary>
    public static void ForEach(int count, CancellationToken cancellationToken, Action<int> work) =>
        Map(count, cancellationToken, i =>
        {
            work(i);
            return true;
        });
}
