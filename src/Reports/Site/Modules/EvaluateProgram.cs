using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Scoring;

namespace Reports.Site.Modules;

/// <summary>Runs the rules over the loaded data: totals, decisions, gates, conditions and uplift for every week.</summary>
/// <param name="cache">A session's last evaluation, reused for the same loaded data; null evaluates every time.</param>
public sealed class EvaluateProgram(LoadedDataCache? cache = null) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
        [.. inputs.Select(d => d.Has(SiteKeys.Data) ? d.With(SiteKeys.Report, Evaluate(d.Get(SiteKeys.Data))) : d)];

    private ProgramReport Evaluate(Domain.ReliabilityData data) => cache is null ? ProgramEvaluator.Evaluate(data) : cache.Evaluate(data);
}
