using System.Collections.Immutable;
using Reports.Diagnostics;

namespace Reports.Rendering.Templates;

/// <summary>The HTML a template produced, or null with the diagnostics saying why not.</summary>
public sealed record TemplateOutcome(string? Html, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether the HTML depends on a <see cref="Stamp"/>'s value, not just its placeholder.</summary>
    public bool ReadStamps { get; init; }
}
