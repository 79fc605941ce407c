namespace Reports.Site.Models;

/// <summary>What reviewers wrote about a week: its Markdown body as safe HTML, and the one-line summary from its front matter.</summary>
public sealed record Narrative(string Html, string? Summary);
