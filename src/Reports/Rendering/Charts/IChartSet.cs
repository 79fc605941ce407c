namespace Reports.Rendering.Charts;

/// <summary>Charts drawn together from one report; <see cref="All"/> lists each once, in publishing order.</summary>
public interface IChartSet
{
    IEnumerable<Chart> All { get; }
}
