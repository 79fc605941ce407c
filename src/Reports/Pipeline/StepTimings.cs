using System.Collections.Concurrent;
using System.Diagnostics;

namespace Reports.Pipeline;

/// <summary>
/// Where a run's time went (<c>reports build --timings</c>): the wall time of each pipeline step, named
/// <c>pipeline phase step</c>, and whatever else a caller measures under a name of its own. Steps of independent
/// pipelines run side by side, and parts measured on several threads add up, so the times may sum to more than the
/// run took. Thread-safe.
/// </summary>
public sealed class StepTimings
{
    private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="work"/> and adds its wall time to <paramref name="name"/>.</summary>
    public T Measure<T>(string name, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            var elapsed = Stopwatch.GetTimestamp() - start;
            _ticks.AddOrUpdate(name, elapsed, (_, sum) => sum + elapsed);
        }
    }

    /// <inheritdoc cref="Measure{T}"/>
    public void Measure(string name, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Measure(name, () =>
        {
            work();
            return 0;
        });
    }

    /// <summary>Every name with its time, longest first (ties by name).</summary>
    public IReadOnlyList<(string Name, TimeSpan Elapsed)> Longest() =>
        [.. _ticks.Select(t => (t.Key, Stopwatch.GetElapsedTime(0, t.Value))).OrderByDescending(t => t.Item2).ThenBy(t => t.Key, StringComparer.Ordinal)];
}
