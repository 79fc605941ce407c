using Reports.Diagnostics;

namespace Reports.Site;

/// <summary>Every diagnostic about building the site itself (RPT960–RPT969), one named factory each.</summary>
public static class SiteErrors
{
    public const string InvalidBaseUrlCode = "RPT960";
    public const string NarrativeNameCode = "RPT961";
    public const string NarrativeWithoutWeekCode = "RPT962";
    public const string PageCollisionCode = "RPT963";
    public const string MissingBaseUrlCode = "RPT964";
    public const string MissingAssetCode = "RPT965";

    public static Diagnostic InvalidBaseUrl(string value) =>
        new(DiagnosticSeverity.Error, InvalidBaseUrlCode, "--base-url", 0, 0,
            $"'{value}' is not a usable base URL",
            "give the site's public address with http or https and no query, e.g. https://reliability.example.org");

    public static Diagnostic MissingBaseUrl(string siteSettings) =>
        new(DiagnosticSeverity.Error, MissingBaseUrlCode, siteSettings, 0, 0,
            "a production build needs the site's public address, and none is set",
            "pass --base-url https://…, set the URL environment variable, or set base_url in input/site.yml; only a build that is not published (no --production) may leave it out");

    public static Diagnostic NarrativeName(string path) =>
        new(DiagnosticSeverity.Error, NarrativeNameCode, path, 0, 0,
            "a week narrative must be named after its week, YYYY-MM-DD.md",
            "rename it, e.g. input/weeks/2026-02-18.md");

    public static Diagnostic NarrativeWithoutWeek(string path, DateOnly week) =>
        new(DiagnosticSeverity.Warning, NarrativeWithoutWeekCode, path, 0, 0,
            $"no scores for week {week:yyyy-MM-dd} in scores.csv, so this narrative is not published",
            "check the file name against the week_of dates in scores.csv");

    public static Diagnostic PageCollision(string path, string destination) =>
        new(DiagnosticSeverity.Error, PageCollisionCode, path, 0, 0,
            $"this page would be published at '{destination}', which the site already uses",
            "rename the Markdown file");


    public static Diagnostic MissingAsset(string name) =>
        new(DiagnosticSeverity.Error, MissingAssetCode, "theme/assets/" + name, 0, 0,
            $"the theme has no '{name}'",
            "restore the theme's assets folder, or put the file in input/assets/");
}
