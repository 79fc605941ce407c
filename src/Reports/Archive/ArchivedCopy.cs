using System.Globalization;
using AngleSharp.Dom;

namespace Reports.Archive;

/// <summary>
/// The banner at the top of a frozen report: it is an archived copy, from which data, and where the live report is.
/// Elements the theme marks <c>data-live-only</c> (pointers to later weeks, notes about the live site) are not frozen.
/// </summary>
/// <param name="LiveReport">The absolute address of the week's live report.</param>
/// <param name="PublishedOn">The day the data it was made from was committed; null when that data was not committed.</param>
/// <param name="DataVersion">The data version's short form, as page footers show it.</param>
public sealed record ArchivedCopy(string LiveReport, DateOnly? PublishedOn, string DataVersion)
{
    /// <summary>The attribute a theme puts on what only the live site may say (<c>Latest scored week</c>, the next week's link).</summary>
    public const string LiveOnlyAttribute = "data-live-only";

    public const string BannerClass = "archived-copy";

    /// <summary>Takes the live-only elements out of the page and puts the banner first in its <c>main</c>.</summary>
    public void ApplyTo(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var element in document.QuerySelectorAll($"[{LiveOnlyAttribute}]").ToArray())
        {
            element.Remove();
        }

        var main = document.QuerySelector("main") ?? document.Body!;
        main.Prepend(Banner(document));
    }

    private IElement Banner(IDocument document)
    {
        var banner = document.CreateElement("div");
        banner.SetAttribute("class", "callout " + BannerClass);
        banner.SetAttribute("role", "note");
        var paragraph = document.CreateElement("p");
        var title = document.CreateElement("strong");
        title.TextContent = PublishedOn is DateOnly day
            ? "Archived copy of the report as published on " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "."
            : "Archived copy of the report, made from data that was not committed.";
        var version = document.CreateElement("code");
        version.TextContent = DataVersion;
        var live = document.CreateElement("a");
        live.SetAttribute("href", LiveReport);
        live.TextContent = "The live report";
        paragraph.Append(
            title,
            document.CreateTextNode(" It is kept exactly as it was, computed from data version "),
            version,
            document.CreateTextNode(". "),
            live,
            document.CreateTextNode(" shows what today's data says about this week."));
        banner.AppendChild(paragraph);
        return banner;
    }
}
