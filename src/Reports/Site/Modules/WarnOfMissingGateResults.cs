using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Scoring;

namespace Reports.Site.Modules;

/// <summary>Warns of scored weeks with no gate result at all: their phase's gates are unknown and block its exit.</summary>
public sealed class WarnOfMissingGateResults(string dataDirectory) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var document in inputs.Where(d => d.Has(SiteKeys.Report)))
        {
            context.Diagnostics.AddRange(WeeksWithoutGateResults.Find(document.Get(SiteKeys.Report), dataDirectory));
        }

        return inputs;
    }
}
