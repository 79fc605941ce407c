using Reports.Pipeline;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>
/// Templates: the theme's <c>.liquid</c> files with input/ overrides, parsed once per build. A pipeline of its own,
/// so that parsing them (and starting up the parser, a good part of a cold build) runs while the data loads;
/// every page renders from its output, and a template error stops rendering as a data error does.
/// </summary>
public static class TemplatesPipeline
{
    public const string Name = "templates";

    public static PipelineDefinition Create() => new PipelineDefinition(Name)
        .Process(new LoadTemplates(), "parse every template, with the view models they may read");
}
