using Reports.Rendering.Markdown;

namespace Reports.Tests.Rendering.Markdown;

public class FrontMatterTests
{
    private const string Path = "input/weeks/2026-02-18.md";

    [Fact]
    public void Should_read_typed_fields_and_the_body()
    {
        var parsed = FrontMatter.Parse("---\ntitle: Week 2\ndescription: \"Gates: G1 fixed\"\norder: 2\ndraft: false\nowner: steph\n---\n# Quality\n", Path);

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal("Week 2", parsed.FrontMatter.Title);
        Assert.Equal("Gates: G1 fixed", parsed.FrontMatter.Description);
        Assert.Equal(2, parsed.FrontMatter.Order);
        Assert.False(parsed.FrontMatter.Draft);
        Assert.Equal("steph", parsed.FrontMatter.Fields["owner"]);
        Assert.Equal("# Quality\n", parsed.Body);
        Assert.Equal(8, parsed.BodyLine);
    }

    [Fact]
    public void Should_treat_text_without_a_leading_dashes_line_as_all_body()
    {
        var parsed = FrontMatter.Parse("# Week\n---\ntitle: no\n---\n", Path);

        Assert.Same(FrontMatter.None, parsed.FrontMatter);
        Assert.Equal("# Week\n---\ntitle: no\n---\n", parsed.Body);
        Assert.Equal(1, parsed.BodyLine);
    }

    [Fact]
    public void Should_accept_a_byte_order_mark_and_crlf_line_ends()
    {
        var parsed = FrontMatter.Parse("\uFEFF---\r\ntitle: Week 1\r\ndraft: true\r\n---\r\nBody\r\n", Path);

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal("Week 1", parsed.FrontMatter.Title);
        Assert.True(parsed.FrontMatter.Draft);
        Assert.Equal("Body\r\n", parsed.Body);
    }

    [Fact]
    public void Should_report_invalid_yaml_at_its_line_and_column_in_the_file()
    {
        var parsed = FrontMatter.Parse("---\ntitle: Week 2\n  bad: indent\n---\n", Path);

        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal(MarkdownErrors.InvalidYamlCode, diagnostic.Code);
        Assert.Equal((Path, 3, 6), (diagnostic.Path, diagnostic.Line, diagnostic.Column));
        Assert.StartsWith($"{Path}(3,6): error RPT910: front matter is not valid YAML", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_an_unterminated_flow_list_instead_of_throwing()
    {
        var parsed = FrontMatter.Parse("---\ntitle: [a\nb: c\n---\n", Path);

        Assert.Equal(MarkdownErrors.InvalidYamlCode, Assert.Single(parsed.Diagnostics).Code);
    }

    [Fact]
    public void Should_report_a_duplicate_key()
    {
        var parsed = FrontMatter.Parse("---\ntitle: a\ntitle: b\n---\n", Path);

        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal((MarkdownErrors.InvalidYamlCode, 3), (diagnostic.Code, diagnostic.Line));
    }

    [Theory]
    [InlineData("order: second", "order", 2, 8)]
    [InlineData("draft: yes", "draft", 2, 8)]
    public void Should_report_a_field_of_the_wrong_type_at_its_value(string line, string field, int row, int column)
    {
        var parsed = FrontMatter.Parse($"---\n{line}\n---\nbody", Path);

        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal(MarkdownErrors.BadFieldValueCode, diagnostic.Code);
        Assert.Equal((row, column), (diagnostic.Line, diagnostic.Column));
        Assert.Contains($"'{field}'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_list_value()
    {
        var parsed = FrontMatter.Parse("---\ntitle: x\ntags:\n  - a\n---\n", Path);

        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal((MarkdownErrors.NotASingleValueCode, 3, 1), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Equal("x", parsed.FrontMatter.Title);
    }

    [Fact]
    public void Should_report_front_matter_that_is_not_key_value_lines()
    {
        var parsed = FrontMatter.Parse("---\n- a\n- b\n---\n", Path);

        Assert.Equal(MarkdownErrors.NotAMappingCode, Assert.Single(parsed.Diagnostics).Code);
    }

    [Fact]
    public void Should_report_front_matter_that_is_never_closed()
    {
        var parsed = FrontMatter.Parse("---\ntitle: x\n\n# Body", Path);

        Assert.Equal(MarkdownErrors.FrontMatterNotClosedCode, Assert.Single(parsed.Diagnostics).Code);
    }

    [Fact]
    public void Should_accept_empty_front_matter()
    {
        var parsed = FrontMatter.Parse("---\n---\nBody", Path);

        Assert.Empty(parsed.Diagnostics);
        Assert.Same(FrontMatter.None, parsed.FrontMatter);
        Assert.Equal("Body", parsed.Body);
    }
}
