namespace Reports.Diagnostics;

/// <summary>A value plus every diagnostic found while producing it; the value is null when any error was found.</summary>
public sealed record Result<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics)
    where T : class
{
    public bool Succeeded => Value is not null && !Diagnostics.Any(d => d.IsError);
}
