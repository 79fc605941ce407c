using System.Globalization;

namespace Reports.Diagnostics;

/// <summary>
/// A problem a person can fix from the message alone: where (path, 1-based line and column; 0 when
/// not known), a stable code (RPTnnn, listed in docs/error-codes.md), what is wrong and a hint.
/// </summary>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Path,
    int Line,
    int Column,
    string Message,
    string? Hint = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The MSBuild/compiler format editors and CI problem matchers read: <c>path(line,col): error CODE: message</c>.</summary>
    public override string ToString()
    {
        var location = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"({Line},{Math.Max(Column, 1)})") : "";
        var severity = IsError ? "error" : "warning";
        var hint = string.IsNullOrEmpty(Hint) ? "" : $" (hint: {Hint})";
        return $"{Path}{location}: {severity} {Code}: {Message}{hint}";
    }

    /// <summary>The GitHub Actions workflow-command form of this diagnostic.</summary>
    public string ToGitHubAnnotation()
    {
        var kind = IsError ? "error" : "warning";
        var props = $"file={EscapeProperty(Path)}";
        if (Line > 0)
        {
            props += string.Create(CultureInfo.InvariantCulture, $",line={Line},col={Math.Max(Column, 1)}");
        }

        props += $",title={EscapeProperty(Code)}";
        var text = string.IsNullOrEmpty(Hint) ? Message : $"{Message} (hint: {Hint})";
        return $"::{kind} {props}::{EscapeData(text)}";
    }

    private static string EscapeData(string s) =>
        s.Replace("%", "%25", StringComparison.Ordinal)
         .Replace("\r", "%0D", StringComparison.Ordinal)
         .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string s) =>
        EscapeData(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
