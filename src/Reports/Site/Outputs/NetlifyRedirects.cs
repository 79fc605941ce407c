using Reports.Scoring;
using Reports.Site.Views;

namespace Reports.Site.Outputs;

/// <summary>
/// Netlify's <c>_redirects</c>: <c>/latest</c> points at the newest weekly report. A 302, because the target
/// moves every week and must not be cached as permanent.
/// </summary>
public static class NetlifyRedirects
{
    public const string Path = "_redirects";

    public static string Write(ProgramReport report)
    {
        var target = report.Latest is { } latest ? "/" + ViewModelFactory.WeekHref(latest.WeekOf) : "/";
        return "/latest  " + target + "  302\n/latest/  " + target + "  302\n";
    }
}
