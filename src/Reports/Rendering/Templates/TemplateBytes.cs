using System.Collections.Immutable;
using Reports.Diagnostics;

namespace Reports.Rendering.Templates;

/// <summary>A rendered page as UTF-8, or null with the template's problems.</summary>
public sealed record TemplateBytes(ImmutableArray<byte>? Utf8, ImmutableArray<Diagnostic> Diagnostics);
