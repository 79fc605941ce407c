using Reports.Pipeline;
using Reports.Pipeline.Modules;
using Reports.Rendering.Markdown;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Narratives: what reviewers wrote about a week (<c>input/weeks/YYYY-MM-DD.md</c>), as safe HTML.</summary>
public static class NarrativesPipeline
{
    public const string Name = "narratives";

    public static PipelineDefinition Create() => new PipelineDefinition(Name)
        .Process(new ReadFiles("weeks", ".md"), "one narrative per week, named after the week")
        .Process(new ReadWeekDate(), "the week comes from the file name")
        .Process(new RenderMarkdown(), "Markdown to HTML with raw HTML off and only safe link schemes")
        .Process(new NestNarrative(), "headings sit under the report's own 'Notes' heading");
}
