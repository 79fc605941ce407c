using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Reports.Pipeline;

namespace Reports.Site.Modules;

/// <summary>
/// Fits a narrative's HTML under the weekly report's "Notes" heading: headings move one level down (the page
/// keeps one h1 and its own h2 sections) and heading ids get a <c>notes-</c> prefix so they never collide with the
/// report's own section ids. Safe as text edits because the HTML comes from Markdown with raw HTML disabled:
/// every tag in it was written by the Markdown renderer, and user text can never form one.
/// </summary>
public sealed partial class NestNarrative : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
        [.. inputs.Select(d => d.WithText(Nest(d.Content.AsText())))];

    public static string Nest(string html)
    {
        var demoted = HeadingTag().Replace(html, m => "<" + m.Groups[1].Value + "h" + Math.Min(int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1, 6));
        return HeadingId().Replace(demoted, m => m.Groups[1].Value + "id=\"notes-");
    }

    [GeneratedRegex("<(/?)h([1-6])", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingTag();

    [GeneratedRegex("(<h[2-6] )id=\"", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingId();
}
