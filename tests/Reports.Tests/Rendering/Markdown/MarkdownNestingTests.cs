using System.Diagnostics;
using Reports.Pipeline;
using Reports.Rendering.Markdown;
using Reports.Tests.Pipeline;

namespace Reports.Tests.Rendering.Markdown;

/// <summary>Markdown nested too deeply for a page is found where it starts, and never stalls or breaks rendering.</summary>
public sealed class MarkdownNestingTests
{
    private static readonly TimeSpan NormalPage = TimeSpan.FromSeconds(2);

    public static TheoryData<string, string> TooDeep() => new()
    {
        { "quotes", new string('>', 3000) + " deep" },
        { "quotes with spaces", string.Concat(Enumerable.Repeat("> ", 200)) + "deep" },
        { "bullets", string.Concat(Enumerable.Repeat("- ", 200)) + "deep" },
        { "indented list", string.Join('\n', Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- item")) },
        { "brackets", new string('[', 3000) + "x" + new string(']', 3000) },
        { "images", string.Concat(Enumerable.Repeat("![", 500)) + "x" + string.Concat(Enumerable.Repeat("](u)", 500)) },
        { "emphasis run", new string('*', 2000) + "x" + new string('*', 2000) },
        { "nested emphasis", string.Concat(Enumerable.Repeat("*a ", 300)) + "x" + string.Concat(Enumerable.Repeat(" b*", 300)) },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Should_find_text_nested_deeper_than_the_limit(string shape, string markdown)
    {
        var problem = MarkdownNesting.Find(markdown);

        Assert.True(problem is not null, shape);
        Assert.True(problem.Depth > MarkdownNesting.MaxDepth, shape);
    }

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Should_render_text_nested_too_deeply_as_escaped_text_as_fast_as_a_normal_page(string shape, string markdown)
    {
        var clock = Stopwatch.StartNew();

        var html = SafeMarkdown.ToHtml(markdown + "\n\n<script>alert(1)</script>");
        var inline = SafeMarkdown.ToInlineHtml(markdown);

        Assert.True(clock.Elapsed < NormalPage, $"{shape}: {clock.Elapsed}");
        Assert.StartsWith("<p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<blockquote", inline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Plain text with a [link](https://example.org) and **bold**, _em_ and `code`.")]
    [InlineData("> quoted\n> > twice\n\n- a\n  - b\n    - c\n      1. d")]
    [InlineData("snake_case_name and a_b_c_d_e_f_g_h_i_j_k_l_m_n_o_p_q_r_s_t_u_v_w_x_y_z_a_b_c_d_e_f_g_h_i_j")]
    [InlineData("```json\n{\n  \"a\": [[[1, 2], [3]], {\"b\": {\"c\": [4]}}],\n                \"indented\": true\n}\n```")]
    [InlineData("`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[` in a code span")]
    [InlineData("\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[ escaped")]
    public void Should_accept_what_real_documents_nest(string markdown)
    {
        Assert.Null(MarkdownNesting.Find(markdown));
    }

    [Fact]
    public void Should_point_at_the_line_and_column_where_the_limit_is_passed()
    {
        var problem = MarkdownNesting.Find("Fine.\n\n" + new string('>', 40) + " deep");

        Assert.Equal(new MarkdownNestingProblem(3, MarkdownNesting.MaxDepth + 1, 40), problem);
    }

    [Fact]
    public void Should_report_a_page_nested_too_deeply_at_its_file_line_and_column()
    {
        var sink = new DiagnosticSink();
        var page = Document.FromText("---\ntitle: Deep\n---\nIntro.\n\n" + new string('>', 3000) + " deep", source: "input/deep.md");

        var clock = Stopwatch.StartNew();
        var output = new RenderMarkdown().Execute([page], Contexts.Standalone(sink: sink));

        Assert.True(clock.Elapsed < NormalPage, clock.Elapsed.ToString());
        var diagnostic = Assert.Single(sink.ToSortedArray());
        Assert.Equal($"input/deep.md(6,{MarkdownNesting.MaxDepth + 1}): error RPT915: Markdown nests 3000 levels deep here; at most {MarkdownNesting.MaxDepth} are allowed",
            diagnostic.ToString()[..diagnostic.ToString().IndexOf(" (hint", StringComparison.Ordinal)]);
        Assert.StartsWith("<p>Intro.", output[0].Content.AsText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![logo](https://tracker.example/pixel.png)", "https://tracker.example/pixel.png", "logo")]
    [InlineData("![](//tracker.example/pixel.png)", "//tracker.example/pixel.png", "//tracker.example/pixel.png")]
    [InlineData("![a](\\\\\\\\tracker.example/pixel.png)", null, "a")]
    public void Should_link_an_image_from_another_host_instead_of_loading_it(string markdown, string? href, string text)
    {
        var html = SafeMarkdown.ToHtml(markdown);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("img"));
        var link = Assert.Single(document.QuerySelectorAll("a"));
        if (href is not null)
        {
            Assert.Equal(href, link.GetAttribute("href"));
        }

        Assert.Equal(text, link.TextContent);
    }

    [Fact]
    public void Should_keep_an_image_of_the_site_itself()
    {
        var html = SafeMarkdown.ToHtml("![chart](../charts/total-trend.svg)");

        Assert.Contains("<img src=\"../charts/total-trend.svg\" alt=\"chart\"", html, StringComparison.Ordinal);
    }
}
