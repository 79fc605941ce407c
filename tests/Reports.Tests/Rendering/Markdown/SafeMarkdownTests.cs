using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reports.Rendering.Markdown;

namespace Reports.Tests.Rendering.Markdown;

public class SafeMarkdownTests
{
    private static readonly Url SiteBase = new("https://site.invalid/weeks/");
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];
    private static readonly string[] UrlAttributes = ["href", "src", "srcset", "action", "formaction", "xlink:href", "background", "poster"];

    public static TheoryData<string> Hostile() => [.. HostileMarkdown.Corpus];

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument($"<!doctype html><html><body>{html}</body></html>");

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Should_let_no_script_handler_or_dangerous_url_through(string markdown)
    {
        foreach (var html in new[] { SafeMarkdown.ToHtml(markdown), SafeMarkdown.ToInlineHtml(markdown) })
        {
            var document = Parse(html);

            Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, style, svg, math, base, form, meta, link, details"));
            foreach (var element in document.Body!.QuerySelectorAll("*"))
            {
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
                foreach (var attribute in element.Attributes.Where(a => UrlAttributes.Contains(a.Name, StringComparer.OrdinalIgnoreCase)))
                {
                    // AngleSharp parses URLs the way browsers do: that decides the scheme, not our own policy.
                    var scheme = new Url(SiteBase, attribute.Value).Scheme;
                    Assert.Contains(scheme, AllowedSchemes);
                    Assert.DoesNotContain("javascript:", attribute.Value, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "<p>click</p>")]
    [InlineData("![a chart](data:image/png;base64,AAAA)", "<p>a chart</p>")]
    [InlineData("<javascript:alert(1)>", "<p>javascript:alert(1)</p>")]
    [InlineData("[ref][x]\n\n[x]: vbscript:x", "<p>ref</p>")]
    public void Should_keep_the_text_of_a_refused_link(string markdown, string expected)
    {
        Assert.Equal(expected, SafeMarkdown.ToHtml(markdown));
    }

    [Theory]
    [InlineData("[a](https://example.com/x?y=1#z)", "https://example.com/x?y=1#z")]
    [InlineData("[a](http://example.com)", "http://example.com")]
    [InlineData("[a](mailto:oncall@example.com)", "mailto:oncall@example.com")]
    [InlineData("[a](../2026-02-17/)", "../2026-02-17/")]
    [InlineData("[a](/weeks/2026-02-18/#evidence)", "/weeks/2026-02-18/#evidence")]
    [InlineData("[a](#evidence)", "#evidence")]
    [InlineData("[a](runbook.md)", "runbook.md")]
    [InlineData("see www.example.com", "http://www.example.com")]
    public void Should_keep_http_mailto_and_relative_links(string markdown, string href)
    {
        var link = Parse(SafeMarkdown.ToHtml(markdown)).QuerySelector("a");

        Assert.NotNull(link);
        Assert.Equal(href, link.GetAttribute("href"));
    }

    [Fact]
    public void Should_show_raw_html_as_text()
    {
        var document = Parse(SafeMarkdown.ToHtml("Use <b>bold</b> & <i>care</i>"));

        Assert.Empty(document.Body!.QuerySelectorAll("b, i"));
        Assert.Equal("Use <b>bold</b> & <i>care</i>", document.Body.TextContent.Trim());
    }

    [Fact]
    public void Should_render_pipe_tables_strikethrough_and_heading_ids()
    {
        var document = Parse(SafeMarkdown.ToHtml("## Quality context\n\n| gate | status |\n|---|---|\n| G1 | ~~fail~~ pass |"));

        Assert.Equal("quality-context", document.QuerySelector("h2")!.Id);
        Assert.Equal(["G1", "fail pass"], document.QuerySelectorAll("tbody td").Select(td => td.TextContent));
        Assert.Equal("fail", document.QuerySelector("td del")!.TextContent);
    }

    [Fact]
    public void Should_render_a_single_paragraph_inline_without_p()
    {
        Assert.Equal("Outcomes <strong>1</strong>: two Sev-2s", SafeMarkdown.ToInlineHtml("Outcomes **1**: two Sev-2s"));
        Assert.Equal("<p>Outcomes <strong>1</strong>: two Sev-2s</p>", SafeMarkdown.ToHtml("Outcomes **1**: two Sev-2s"));
    }

    [Fact]
    public void Should_render_empty_markdown_as_nothing()
    {
        Assert.Equal("", SafeMarkdown.ToHtml(""));
        Assert.Equal("", SafeMarkdown.ToInlineHtml(""));
    }
}
