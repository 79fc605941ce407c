namespace Reports.Rendering.Markdown;

/// <summary>Where a Markdown text first nests too deeply: a 1-based line and column of the text, and the depth reached there.</summary>
public sealed record MarkdownNestingProblem(int Line, int Column, int Depth);
