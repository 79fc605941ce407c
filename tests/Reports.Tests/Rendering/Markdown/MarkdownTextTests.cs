using AngleSharp.Html.Parser;
using Reports.Rendering.Markdown;

namespace Reports.Tests.Rendering.Markdown;

/// <summary>
/// A CSV cell's text is read from the Markdown's syntax tree; the page is the reference, so each case is checked against
/// the page's own HTML (<see cref="SafeMarkdown.ToHtml"/>) read back with a real HTML parser.
/// </summary>
public sealed class MarkdownTextTests
{
    public static TheoryData<string> Texts() =>
    [
        "plain words",
        "Token bucket &amp; `limit`\n\nSecond  line",
        "*emphasis*, **strong**, ~~struck~~ and `code <b>`",
        "a * b ** c _ d [e] f ] g `h",
        "See [the tracker](https://example.com/t) and <https://example.com/a> or https://example.com/bare.",
        "Mail <ops@example.com> or [x](javascript:alert(1)) or [y](data:text/html,hi)",
        "Raw <b>html</b> & <script>alert(1)</script> stays text",
        "&copy; &#169; &#xA9; &nosuch; \\*escaped\\*",
        "line one  \nhard break\nsoft break",
        "# Heading\n\nText under it\n\n## Second",
        "- one\n- two\n  - nested\n\n1. first\n2. second",
        "- loose\n\n- list",
        "> quoted\n> text\n\nafter",
        "```\nfenced code\n  indented\n```\n\n    indented code",
        "| a | b |\n|---|---|\n| 1 | **2** |",
        "before\n\n---\n\nafter",
        "[ref]\n\n[ref]: https://example.com/r",
        "![local image](chart.svg) and ![remote](https://example.com/x.png) and ![unsafe](javascript:x)",
        "tab\tseparated\r\nwindows line",
        new string('>', 40) + " too deep",
        new string('[', 50) + "brackets",
        .. HostileMarkdown.Corpus,
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Should_give_the_words_the_page_shows(string markdown) =>
        Assert.Equal(PageText(SafeMarkdown.ToHtml(markdown)), MarkdownText.Of(markdown));

    [Fact]
    public void Should_give_an_image_its_alt_text() =>
        Assert.Equal("Chart: the total by week", MarkdownText.Of("Chart: ![the total by week](trend.svg)"));

    [Fact]
    public void Should_give_nothing_for_blank_markdown() => Assert.Equal("", MarkdownText.Of(" \n\t"));

    /// <summary>The page's text, each image as its alt text (what the page shows when images do not load).</summary>
    private static string PageText(string html)
    {
        var body = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
        foreach (var image in body.QuerySelectorAll("img").ToList())
        {
            image.Replace(body.Owner!.CreateTextNode(image.GetAttribute("alt") ?? ""));
        }

        return string.Join(' ', body.TextContent.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
