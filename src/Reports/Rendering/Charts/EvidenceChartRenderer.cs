using Reports.Preview;
using Reports.Scoring;
using Reports.Scoring.Evidence;

namespace Reports.Rendering.Charts;

/// <summary>
/// Renders the evidence pages' charts (see <see cref="ChartDrawing"/>); with a cache, a chart whose inputs are
/// unchanged is reused (its own cache: <see cref="ChartCache.RetainOnly"/> must not drop the other charts).
/// </summary>
public sealed class EvidenceChartRenderer(ChartCache? cache = null)
{
    public EvidenceChartSet Render(ProgramReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Chart[] charts = ChartDrawing.DrawAll(Jobs(report), cache);
        return new EvidenceChartSet(charts[..^2], charts[^2], charts[^1]);
    }

    private static ChartJob[] Jobs(ProgramReport report)
    {
        var evidence = EvidenceIndex.From(report.Data);
        HashSet<string> slugs = new(StringComparer.Ordinal);
        List<ChartJob> slos = [];
        foreach (Domain.Slo slo in evidence.Slos)
        {
            string slug = SloAttainmentChart.SlugFor(slo.Id);
            for (int n = 2; !slugs.Add(slug); n++)
            {
                slug = SloAttainmentChart.SlugFor(slo.Id) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            slos.Add(SloAttainmentChart.From(report, evidence, slo, slug));
        }

        return [.. slos, ErrorBudgetBurnChart.From(report, evidence), FlakeRateChart.From(report)];
    }
}
