namespace Reports.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}
