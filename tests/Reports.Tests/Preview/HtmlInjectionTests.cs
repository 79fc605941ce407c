using Reports.Preview;

namespace Reports.Tests.Preview;

public class HtmlInjectionTests
{
    [Fact]
    public void Should_add_the_script_with_its_build_before_the_end_of_the_head()
    {
        var html = HtmlInjection.Inject("<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>", 42);

        Assert.Equal(
            "<!DOCTYPE html><html><head><title>t</title><link rel=\"stylesheet\" href=\"/_reports/preview.css\"><script src=\"/_reports/live.js\" data-build=\"42\" defer></script></head><body><p>x</p></body></html>",
            html);
    }

    [Fact]
    public void Should_put_an_encoded_banner_right_after_the_body_tag()
    {
        var html = HtmlInjection.Inject("<html><head></head><body class=\"x\"><p>x</p></body></html>", 1, "3 error(s) <b>now</b>");

        Assert.Contains("<body class=\"x\"><p class=\"reports-preview-banner\" role=\"status\">3 error(s) &lt;b&gt;now&lt;/b&gt;</p><p>x</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_still_add_the_script_to_a_fragment_without_head_or_body() =>
        Assert.StartsWith("<link rel=\"stylesheet\"", HtmlInjection.Inject("<p>fragment</p>", 1), StringComparison.Ordinal);
}
