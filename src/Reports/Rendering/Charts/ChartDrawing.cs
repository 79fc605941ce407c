using System.Collections.Concurrent;
using Reports.Preview;

namespace Reports.Rendering.Charts;

/// <summary>Draws a set of charts in parallel, slowest first, each into its fixed slot; a cache keeps only this set's charts.</summary>
internal static class ChartDrawing
{
    public static Chart[] DrawAll(ChartJob[] jobs, ChartCache? cache)
    {
        Chart[] charts = new Chart[jobs.Length];
        // Start the slowest charts first so no core idles at the end.
        int[] order = [.. Enumerable.Range(0, jobs.Length).OrderByDescending(i => jobs[i].Cost).ThenBy(i => i)];
        string[] keys = cache is null ? [] : [.. jobs.Select(j => j.Key)];
        Parallel.ForEach(
            Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering),
            i => charts[i] = cache is null ? jobs[i].Render() : cache.GetOrRender(keys[i], jobs[i].Render));
        cache?.RetainOnly(keys);
        return charts;
    }
}
