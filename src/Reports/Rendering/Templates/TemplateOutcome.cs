using System.Collections.Immutable;
using Reports.Diagnostics;

namespace Reports.Rendering.Templates;

/// <summary>The HTML a template produced, or null with the diagnostics saying why not.</summary>
public sealed record TemplateOutcome(string? Html, ImmutableArray<Diagnostic> Diagnostics);
