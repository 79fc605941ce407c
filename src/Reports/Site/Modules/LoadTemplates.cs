using System.Collections.Immutable;
using Reports.Pipeline;

namespace Reports.Site.Modules;

/// <summary>Parses the site's templates (<see cref="SiteTemplates"/>) into one document; their problems become diagnostics.</summary>
public sealed class LoadTemplates : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var templates = SiteTemplates.Load(context.Files);
        context.Diagnostics.AddRange(templates.Diagnostics);
        return [Document.Compute().With(SiteKeys.Templates, templates)];
    }
}
