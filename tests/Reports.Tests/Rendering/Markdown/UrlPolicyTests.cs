using Reports.Rendering.Markdown;

namespace Reports.Tests.Rendering.Markdown;

public class UrlPolicyTests
{
    [Theory]
    [InlineData("https://example.com")]
    [InlineData("HTTP://example.com")]
    [InlineData("mailto:a@example.com")]
    [InlineData("weeks/2026-02-18/")]
    [InlineData("/assets/site.css")]
    [InlineData("./a:b")]
    [InlineData("#top")]
    [InlineData("?q=javascript:x")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_allow_http_mailto_and_relative_urls(string? url) => Assert.True(UrlPolicy.IsAllowed(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData(" \u0001\u001Fjavascript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com")]
    [InlineData("c:/windows")]
    public void Should_refuse_every_other_scheme(string url) => Assert.False(UrlPolicy.IsAllowed(url));
}
