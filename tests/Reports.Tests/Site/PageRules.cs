using AngleSharp.Dom;

namespace Reports.Tests.Site;

/// <summary>What every built site must satisfy, whatever its data: structure, accessibility basics, CSP-safety, links.</summary>
public static class PageRules
{
    private static readonly string[] AllowedSchemes = ["http:", "https:", "mailto:"];

    public static void AssertWellFormed(BuiltSite site)
    {
        Assert.NotEmpty(site.Pages);
        var problems = new List<string>();
        foreach (var (path, page) in site.Pages)
        {
            problems.AddRange(Check(path, page).Select(p => path + ": " + p));
            problems.AddRange(CheckReferences(site, path));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(40)));
    }

    private static IEnumerable<string> Check(string path, IDocument page)
    {
        if (string.IsNullOrWhiteSpace(page.DocumentElement.GetAttribute("lang")))
        {
            yield return "<html> has no lang";
        }

        if (string.IsNullOrWhiteSpace(page.Title))
        {
            yield return "no <title>";
        }

        var h1 = page.QuerySelectorAll("h1").Length;
        if (h1 != 1)
        {
            yield return $"{h1} h1 elements, expected 1";
        }

        if (string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")))
        {
            yield return "no meta description";
        }

        if (page.QuerySelectorAll("main").Length != 1 || page.QuerySelector("header") is null || page.QuerySelector("nav") is null || page.QuerySelector("footer") is null)
        {
            yield return "missing landmarks (one main, header, nav, footer)";
        }

        if (page.QuerySelector("a.skip-link[href='#main']") is null || page.GetElementById("main") is null)
        {
            yield return "no skip link to #main";
        }

        foreach (var table in page.QuerySelectorAll("table"))
        {
            if (table.QuerySelector("caption") is null)
            {
                yield return "a table without <caption>";
            }

            if (table.QuerySelector("th") is null)
            {
                yield return "a table without header cells";
            }

            if (table.QuerySelectorAll("th").Any(th => string.IsNullOrEmpty(th.GetAttribute("scope"))))
            {
                yield return "a <th> without scope";
            }
        }

        if (page.QuerySelector("script, style, iframe, object, embed, form, base") is { } forbidden)
        {
            yield return $"a <{forbidden.LocalName}> element";
        }

        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"event handler {attribute.Name} on <{element.LocalName}>";
                }

                if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"inline style on <{element.LocalName}>";
                }

                if (attribute.Name is "href" or "src" && SchemeOf(attribute.Value) is { } scheme && !AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase))
                {
                    yield return $"{attribute.Name}='{attribute.Value}' with scheme {scheme}";
                }
            }
        }

        var duplicates = page.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            yield return "duplicate ids: " + string.Join(", ", duplicates);
        }
    }

    private static IEnumerable<string> CheckReferences(BuiltSite site, string path)
    {
        // 404.html is served at any address, so its links start at the root.
        foreach (var (url, target, fragment) in site.InternalReferences(path))
        {
            if (!site.Files.ContainsKey(target))
            {
                yield return $"{path}: '{url}' → {target}, which is not in the site";
            }
            else if (fragment.Length > 0 && target.EndsWith(".html", StringComparison.Ordinal) && site.Page(target).GetElementById(Uri.UnescapeDataString(fragment)) is null)
            {
                yield return $"{path}: '{url}' → no element #{fragment} in {target}";
            }
        }
    }

    /// <summary>The scheme a browser would read, ignoring the whitespace and controls it ignores; null for relative URLs.</summary>
    private static string? SchemeOf(string url)
    {
        var cleaned = new string([.. url.Trim().Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        var stop = cleaned.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (stop < 0 || colon < stop) ? cleaned[..(colon + 1)] : null;
    }
}
