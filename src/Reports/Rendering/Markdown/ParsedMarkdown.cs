using System.Collections.Immutable;
using Reports.Diagnostics;

namespace Reports.Rendering.Markdown;

/// <summary>A Markdown file split into its front matter and its body.</summary>
/// <param name="BodyLine">The file line the body starts on (1 without front matter), for positions inside the body.</param>
public sealed record ParsedMarkdown(FrontMatter FrontMatter, string Body, int BodyLine, ImmutableArray<Diagnostic> Diagnostics);
