using Reports.Pipeline;
using Reports.Site.Modules;
using Reports.Site.Outputs;

namespace Reports.Site.Pipelines;

/// <summary>Badges: <c>badges/score.svg</c> and <c>badges/phase.svg</c>, shields-style, for READMEs and dashboards.</summary>
public static class BadgesPipeline
{
    public const string Name = "badges";

    public static PipelineDefinition Create() => new PipelineDefinition(Name)
        .DependsOn(DataPipeline.Name)
        .Process(new WriteFile(SiteBadges.ScorePath, context => SiteBadges.Score(context.Single(DataPipeline.Name, SiteKeys.Report))), "latest total, coloured by the policy's thresholds")
        .Process(new WriteFile(SiteBadges.PhasePath, context => SiteBadges.Phase(context.Single(DataPipeline.Name, SiteKeys.Report))), "the phase the project is in now");
}
