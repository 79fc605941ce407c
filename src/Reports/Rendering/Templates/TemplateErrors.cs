using Reports.Diagnostics;

namespace Reports.Rendering.Templates;

/// <summary>Every diagnostic about Liquid templates (RPT901–RPT909), one named factory each.</summary>
public static class TemplateErrors
{
    public const string SyntaxErrorCode = "RPT901";
    public const string LayoutNotFoundCode = "RPT902";
    public const string PartialNotFoundCode = "RPT903";
    public const string TemplateNotFoundCode = "RPT904";
    public const string LayoutTooDeepCode = "RPT905";
    public const string RenderFailedCode = "RPT906";
    public const string UnknownFilterCode = "RPT907";

    private const string NameHint = "template names are paths from the theme root, e.g. 'partials/nav'; '.liquid' may be left out; a file in input/ replaces the theme's";

    public static Diagnostic SyntaxError(string path, int line, int column, string message) =>
        new(DiagnosticSeverity.Error, SyntaxErrorCode, path, line, column, $"template syntax: {message}");

    public static Diagnostic LayoutNotFound(string path, int line, int column, string name) =>
        new(DiagnosticSeverity.Error, LayoutNotFoundCode, path, line, column, $"layout '{name}' not found", NameHint);

    public static Diagnostic PartialNotFound(string path, int line, int column, string name) =>
        new(DiagnosticSeverity.Error, PartialNotFoundCode, path, line, column, $"partial '{name}' not found", NameHint);

    public static Diagnostic TemplateNotFound(string name) =>
        new(DiagnosticSeverity.Error, TemplateNotFoundCode, name, 0, 0, $"template '{name}' not found in input/ or theme/", NameHint);

    public static Diagnostic LayoutTooDeep(string path, int depth) =>
        new(DiagnosticSeverity.Error, LayoutTooDeepCode, path, 0, 0,
            $"layouts nest more than {depth} deep; does a layout use itself?");

    public static Diagnostic RenderFailed(string path, string message) =>
        new(DiagnosticSeverity.Error, RenderFailedCode, path, 0, 0, $"template failed while rendering: {message}");

    public static Diagnostic UnknownFilter(string path, int line, int column, string name, string? suggestion) =>
        new(DiagnosticSeverity.Error, UnknownFilterCode, path, line, column, $"unknown filter '{name}'",
            suggestion is null ? "use a Liquid filter (upcase, date, size …) or one Reports adds (raw)" : $"did you mean '{suggestion}'?");
}
