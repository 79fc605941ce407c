using Reports.Diagnostics;

namespace Reports.Site.Config;

/// <summary>Every diagnostic about <c>input/site.yml</c> (RPT970–RPT974), one named factory each, at the offending line and column.</summary>
public static class SiteConfigErrors
{
    public const string InvalidYamlCode = "RPT970";
    public const string NotAMappingCode = "RPT971";
    public const string UnknownKeyCode = "RPT972";
    public const string NotASingleValueCode = "RPT973";
    public const string BadValueCode = "RPT974";

    public static Diagnostic InvalidYaml(string path, int line, int column, string reason) =>
        new(DiagnosticSeverity.Error, InvalidYamlCode, path, line, column,
            $"site settings are not valid YAML: {reason}",
            "write one 'key: value' per line, e.g. 'base_url: https://reliability.example.org'");

    public static Diagnostic NotAMapping(string path, int line, int column) =>
        new(DiagnosticSeverity.Error, NotAMappingCode, path, line, column,
            "site settings must be 'key: value' lines",
            "e.g. 'title: Reliability report' and 'base_url: https://reliability.example.org'");

    public static Diagnostic UnknownKey(string path, int line, int column, string key, string? suggestion) =>
        new(DiagnosticSeverity.Error, UnknownKeyCode, path, line, column,
            $"unknown setting '{key}'",
            suggestion is null ? "the settings are: title, base_url" : $"did you mean '{suggestion}'?");

    public static Diagnostic NotASingleValue(string path, int line, int column, string key) =>
        new(DiagnosticSeverity.Error, NotASingleValueCode, path, line, column,
            $"setting '{key}' must have a single value, not a list or a nested block");

    public static Diagnostic BadValue(string path, int line, int column, string key, string value, string expected) =>
        new(DiagnosticSeverity.Error, BadValueCode, path, line, column,
            $"setting '{key}' is '{value}', expected {expected}");
}
