using Reports.Diagnostics;

namespace Reports.Rendering.Markdown;

/// <summary>Every diagnostic about Markdown files (RPT910–RPT919), one named factory each.</summary>
public static class MarkdownErrors
{
    public const string InvalidYamlCode = "RPT910";
    public const string FrontMatterNotClosedCode = "RPT911";
    public const string BadFieldValueCode = "RPT912";
    public const string NotAMappingCode = "RPT913";
    public const string NotASingleValueCode = "RPT914";
    public const string TooDeepCode = "RPT915";

    public static Diagnostic InvalidYaml(string path, int line, int column, string reason) =>
        new(DiagnosticSeverity.Error, InvalidYamlCode, path, line, column,
            $"front matter is not valid YAML: {reason}",
            "write one 'key: value' per line; quote values that contain ': ' or start with [ { & * ! | > ' \" % @ `");

    public static Diagnostic FrontMatterNotClosed(string path) =>
        new(DiagnosticSeverity.Error, FrontMatterNotClosedCode, path, 1, 1,
            "front matter starts with '---' but no closing '---' line follows",
            "end the front matter with a line containing only '---'");

    public static Diagnostic BadFieldValue(string path, (int Line, int Column) at, string field, string value, string expected) =>
        new(DiagnosticSeverity.Error, BadFieldValueCode, path, at.Line, at.Column,
            $"front matter field '{field}' is '{value}', expected {expected}");

    public static Diagnostic NotAMapping(string path, int line, int column) =>
        new(DiagnosticSeverity.Error, NotAMappingCode, path, line, column,
            "front matter must be 'key: value' lines",
            "e.g. 'title: Week of 2026-02-18'");

    public static Diagnostic NotASingleValue(string path, int line, int column, string key) =>
        new(DiagnosticSeverity.Error, NotASingleValueCode, path, line, column,
            $"front matter field '{key}' must have a single value, not a list or a nested block");

    public static Diagnostic TooDeep(string path, int line, int column, int depth) =>
        new(DiagnosticSeverity.Error, TooDeepCode, path, line, column,
            $"Markdown nests {depth} levels deep here; at most {MarkdownNesting.MaxDepth} are allowed",
            "flatten the nested quotes, lists, brackets or emphasis; no page needs that many levels");
}
