using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Scoring;

namespace Reports.Site.Modules;

/// <summary>Runs the rules over the loaded data: totals, decisions, gates, conditions and uplift for every week.</summary>
public sealed class EvaluateProgram : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
        [.. inputs.Select(d => d.Has(SiteKeys.Data) ? d.With(SiteKeys.Report, ProgramEvaluator.Evaluate(d.Get(SiteKeys.Data))) : d)];
}
