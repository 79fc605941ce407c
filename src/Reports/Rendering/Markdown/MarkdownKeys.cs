using Reports.Pipeline;

namespace Reports.Rendering.Markdown;

/// <summary>Metadata set by <see cref="RenderMarkdown"/>.</summary>
public static class MarkdownKeys
{
    public static readonly MetadataKey<FrontMatter> FrontMatter = new("front-matter");
}
