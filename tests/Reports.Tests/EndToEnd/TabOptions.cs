using Microsoft.Playwright;

namespace Reports.Tests.EndToEnd;

/// <summary>
/// How a tab is opened. Pages are read the way the site is published: without JavaScript and under its CSP.
/// Only measurements and injected audits turn JavaScript on, and an injected script needs the CSP bypassed.
/// </summary>
public sealed record TabOptions(bool JavaScript = false, bool BypassCsp = false, ColorScheme ColorScheme = ColorScheme.Light)
{
    public static readonly TabOptions Reading = new();

    /// <summary>JavaScript on, only to measure layout (<c>scrollWidth</c>); the page itself runs no script.</summary>
    public static readonly TabOptions Measuring = new(JavaScript: true);

    /// <summary>JavaScript on and the CSP bypassed, to inject an audit script such as axe-core.</summary>
    public static readonly TabOptions Auditing = new(JavaScript: true, BypassCsp: true);
}
