using System.Collections.Immutable;
using System.Text;
using Reports.Diagnostics;
using Reports.Publishing;

namespace Reports.Tests.Publishing;

public class LinkCheckerTests
{
    private static ImmutableSortedDictionary<string, ImmutableArray<byte>> Site(params (string Path, string Text)[] files) =>
        files.ToImmutableSortedDictionary(f => f.Path, f => ImmutableArray.Create(Encoding.UTF8.GetBytes(f.Text)), StringComparer.Ordinal);

    private static string Page(string body) => $"<!doctype html><html><body>{body}</body></html>";

    [Fact]
    public void Should_resolve_directory_urls_to_their_index_page()
    {
        var site = Site(
            ("index.html", Page("<a href=\"/weeks/2026-02-18/\">w</a><a href=\"weeks/2026-02-17\">w1</a><a href=\"./\">home</a>")),
            ("weeks/2026-02-17/index.html", Page("<a href=\"../2026-02-18/\">next</a><a href=\"/\">home</a><a href=\"../../index.html\">home</a>")),
            ("weeks/2026-02-18/index.html", Page("<a href=\"../2026-02-17/index.html?x=1\">prev</a>")));

        Assert.Empty(LinkChecker.Check(site));
    }

    [Fact]
    public void Should_report_a_broken_link_at_its_page_line_and_column()
    {
        var site = Site(("weeks/2026-02-18/index.html", "<!doctype html>\n<html><body>\n<p>See\n   <a href=\"../2026-02-19/\">next week</a></p></body></html>"));

        var diagnostic = Assert.Single(LinkChecker.Check(site));

        Assert.Equal(
            "weeks/2026-02-18/index.html(4,4): warning RPT950: link '../2026-02-19/' points to no published file (looked for 'weeks/2026-02-19/index.html')",
            diagnostic.ToString());
    }

    [Fact]
    public void Should_report_a_fragment_the_target_page_does_not_have()
    {
        var site = Site(
            ("index.html", Page("<a href=\"/weeks/a/#evidence\">ok</a><a href=\"/weeks/a/#missing\">bad</a><a href=\"#top\">top</a><a href=\"#local\">x</a><h2 id=\"local\">L</h2>")),
            ("weeks/a/index.html", Page("<h2 id=\"evidence\">Evidence</h2><a href=\"#nowhere\">x</a><a name=\"legacy\"></a><a href=\"#legacy\">y</a>")));

        var diagnostics = LinkChecker.Check(site);

        Assert.Equal(
            [("index.html", "link '/weeks/a/#missing' points to an id that 'weeks/a/index.html' does not have"),
             ("weeks/a/index.html", "link '#nowhere' points to an id that 'weeks/a/index.html' does not have")],
            diagnostics.Select(d => (d.Path, d.Message)));
        Assert.All(diagnostics, d => Assert.Equal(PublishingErrors.BrokenFragmentCode, d.Code));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_check_a_link_into_another_page_whichever_of_the_two_comes_first(bool targetFirst)
    {
        (string Path, string Text) target = ("weeks/a/index.html", Page("<h2 id=\"evidence\">Evidence</h2>"));
        (string Path, string Text) linking = ("index.html", Page("<a href=\"weeks/a/#evidence\">ok</a><a href=\"weeks/a/#missing\">bad</a>"));
        var links = new SiteLinks([target.Path, linking.Path]);

        foreach (var (path, text) in targetFirst ? [target, linking] : new[] { linking, target })
        {
            links.Add(path, Encoding.UTF8.GetBytes(text));
        }

        var diagnostic = Assert.Single(links.Check());
        Assert.Equal(
            ("index.html", "link 'weeks/a/#missing' points to an id that 'weeks/a/index.html' does not have"),
            (diagnostic.Path, diagnostic.Message));
    }

    [Fact]
    public void Should_ignore_external_and_non_http_links()
    {
        var site = Site(("index.html", Page(
            "<a href=\"https://example.com/x\">a</a><a href=\"//cdn.example.com/x.js\">b</a><a href=\"mailto:oncall@example.com\">c</a>"
            + "<a href=\"tel:+100\">d</a><img src=\"data:image/png;base64,AAAA\"><a href=\"\">e</a><a>f</a>")));

        Assert.Empty(LinkChecker.Check(site));
    }

    [Fact]
    public void Should_check_images_srcset_scripts_stylesheets_and_css_urls()
    {
        var site = Site(
            ("index.html", Page("<link rel=\"stylesheet\" href=\"/assets/site.css\"><img src=\"/charts/total.svg\" srcset=\"/charts/total.svg 1x, /charts/total@2x.svg 2x\"><script src=\"/assets/app.js\"></script><div style=\"background: url('/img/bg.png')\"></div>")),
            ("assets/site.css", "body { background: url(../img/ok.png); }\n.x { background: url(\"/img/gone.png\") }"),
            ("charts/total.svg", "<svg/>"),
            ("img/ok.png", "png"));

        var diagnostics = LinkChecker.Check(site);

        Assert.Equal(
            ["assets/site.css(2,18): 'img/gone.png'", "index.html(1,75): 'charts/total@2x.svg'", "index.html(1,159): 'assets/app.js'", "index.html(1,197): 'img/bg.png'"],
            diagnostics.Select(d => $"{d.Path}({d.Line},{d.Column}): {d.Message.Split("looked for ")[1].TrimEnd(')')}"));
    }

    [Fact]
    public void Should_read_style_elements_as_css_and_script_or_title_bodies_as_text()
    {
        var site = Site(("index.html",
            "<!doctype html><html><head><title><a href=\"/in-title/\"></title><style>p { background: url('/img/gone.png') }</style></head>"
            + "<body><script>var s = '<a href=\"/in-script/\">';</script><textarea><img src=\"/in-textarea.png\"></textarea><p id=\"x\" id=\"y\"></p><a href=\"#y\">y</a></body></html>"));

        var diagnostics = LinkChecker.Check(site);

        // Only the stylesheet's URL is a link; a duplicate id attribute does not add an id (the first one wins).
        Assert.Collection(
            diagnostics,
            d => Assert.Contains("img/gone.png", d.Message, StringComparison.Ordinal),
            d => Assert.Equal(PublishingErrors.BrokenFragmentCode, d.Code));
    }

    [Fact]
    public void Should_resolve_escaped_names_from_pages_whose_names_need_escaping()
    {
        var site = Site(
            ("notes/q&a #1/index.html", Page("<a href=\"../../reviews/week%202/\">w</a><a href=\"./#faq\">self</a><p id=\"faq\"></p>")),
            ("reviews/week 2/index.html", Page("<a href=\"/notes/q&amp;a%20%231/\">back</a>")));

        Assert.Empty(LinkChecker.Check(site));
    }

    [Fact]
    public void Should_report_errors_when_asked_to_be_strict()
    {
        var site = Site(("index.html", Page("<a href=\"/missing/\">x</a>")));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(LinkChecker.Check(site, DiagnosticSeverity.Error)).Severity);
    }

    [Fact]
    public void Should_require_root_relative_links_to_stay_under_the_base_path()
    {
        var site = Site(
            ("index.html", Page("<a href=\"/reports/weeks/\">ok</a><a href=\"weeks/\">ok</a><a href=\"/weeks/\">outside</a>")),
            ("weeks/index.html", Page("")));

        var diagnostic = Assert.Single(LinkChecker.Check(site, basePath: "/reports/"));

        Assert.Contains("'/weeks/'", diagnostic.Message, StringComparison.Ordinal);
    }
}
