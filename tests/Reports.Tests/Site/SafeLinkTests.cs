using Reports.Site.Views;

namespace Reports.Tests.Site;

public class SafeLinkTests
{
    [Theory]
    [InlineData("https://example.org/runbook", "https://example.org/runbook")]
    [InlineData(" http://example.org/a?b=1#c ", "http://example.org/a?b=1#c")]
    [InlineData("mailto:oncall@example.org", "mailto:oncall@example.org")]
    public void Should_accept_http_https_and_mailto(string link, string expected) =>
        Assert.Equal(expected, SafeLink.Accept(link));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("//evil.example/")]
    [InlineData("docs/runbook.md")]
    [InlineData("https://exa mple.org")]
    public void Should_refuse_everything_else(string link)
    {
        Assert.Null(SafeLink.Accept(link));
        Assert.Equal(link.Trim(), SafeLink.Rejected(link));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Should_treat_blank_as_no_link(string? link)
    {
        Assert.Null(SafeLink.Accept(link));
        Assert.Null(SafeLink.Rejected(link));
    }
}
