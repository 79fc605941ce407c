using Reports.Pipeline;
using Reports.Rendering.Markdown;
using Reports.Tests.Pipeline;

namespace Reports.Tests.Rendering.Markdown;

public class RenderMarkdownTests
{
    [Fact]
    public void Should_replace_markdown_by_safe_html_and_keep_the_front_matter()
    {
        var sink = new DiagnosticSink();
        var inputs = new[]
        {
            Document.FromText("---\ntitle: Week 2\n---\nRaised **Security** to 3 <script>x</script>", source: "input/weeks/2026-02-18.md"),
            Document.FromText("---\norder: x\n---\nPlain", source: "input/weeks/2026-02-17.md"),
        };

        var outputs = new RenderMarkdown().Execute([.. inputs], Contexts.Standalone(sink: sink));

        Assert.Equal("<p>Raised <strong>Security</strong> to 3 &lt;script&gt;x&lt;/script&gt;</p>", outputs[0].Content.AsText());
        Assert.Equal("Week 2", outputs[0].Get(MarkdownKeys.FrontMatter).Title);
        Assert.Equal("<p>Plain</p>", outputs[1].Content.AsText());
        Assert.Equal("input/weeks/2026-02-17.md(2,8): error RPT912: front matter field 'order' is 'x', expected a whole number, e.g. 3",
            Assert.Single(sink.ToSortedArray()).ToString());
    }
}
