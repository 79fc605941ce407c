using System.Collections.Immutable;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Reports.Tests.Site;

/// <summary>A built site read back from disk: its files, and its HTML pages parsed by AngleSharp.</summary>
public sealed class BuiltSite
{
    private static readonly HtmlParser Parser = new();

    public BuiltSite(IReadOnlyDictionary<string, byte[]> files)
    {
        Files = files;
        Pages = files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .ToImmutableSortedDictionary(f => f.Key, f => Parser.ParseDocument(Encoding.UTF8.GetString(f.Value)), StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public IReadOnlyDictionary<string, IHtmlDocument> Pages { get; }

    public IHtmlDocument Page(string path) =>
        Pages.TryGetValue(path, out var page) ? page : throw new Xunit.Sdk.XunitException($"no page {path}; pages: {string.Join(", ", Pages.Keys)}");

    public string Text(string path) => Encoding.UTF8.GetString(Files[path]);

    /// <summary>Every href and src of <paramref name="page"/> that points inside the site, with the file it must resolve to.</summary>
    public IEnumerable<(string Url, string Target, string Fragment)> InternalReferences(string page)
    {
        var document = Page(page);
        var urls = document.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
        foreach (var url in urls)
        {
            if (url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url))
            {
                continue;
            }

            var hash = url.IndexOf('#', StringComparison.Ordinal);
            var fragment = hash >= 0 ? url[(hash + 1)..] : "";
            var path = hash >= 0 ? url[..hash] : url;
            path = path.Split('?')[0];
            var target = path.Length == 0 ? page : Resolve(page, path);
            yield return (url, target, fragment);
        }
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash);
    }

    private static string Resolve(string page, string path)
    {
        var segments = path.StartsWith('/') ? new List<string>() : page.Split('/')[..^1].ToList();
        foreach (var segment in path.TrimStart('/').Split('/'))
        {
            if (segment == "..")
            {
                Assert.True(segments.Count > 0, $"{page}: '{path}' climbs above the site root");
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not "." and not "")
            {
                segments.Add(segment);
            }
        }

        var joined = string.Join('/', segments);
        return path.EndsWith('/') || joined.Length == 0 ? (joined.Length == 0 ? "index.html" : joined + "/index.html") : joined;
    }
}
