using System.Collections.Immutable;
using System.Text;
using Reports.Pipeline;
using Reports.Rendering.Templates;
using Reports.Tests.Pipeline;

namespace Reports.Tests.Rendering.Templates;

/// <summary>A stamp prints as a placeholder filled in later; any other use of it reads the value and says so.</summary>
public sealed class StampTests : IDisposable
{
    private static readonly Stamp Version = new("data-version", "sha256:0123abcd");
    private static readonly Stamp Id = new("data-version-id", "sha256:0123abcdef");

    private readonly TempFolder _site = new();

    public void Dispose() => _site.Dispose();

    private sealed record Model(Stamp Version);

    private TemplateOutcome Render(string source)
    {
        _site.Write("theme/page.liquid", source);
        var templates = TemplateSet.CreateBuilder().Allow<Model>()
            .Build(new OverlayFileSystem(new FileLayer("theme", _site.PathOf("theme"))));
        var outcome = templates.Render("page", new Model(Version));
        Assert.Empty(outcome.Diagnostics);
        return outcome;
    }

    [Fact]
    public void Should_print_the_placeholder_and_not_count_as_read()
    {
        var outcome = Render("""{% if version != "" %}<code>{{ version }}</code>{% endif %}""");

        Assert.Equal("<code><!--reports-stamp:data-version--></code>", outcome.Html);
        Assert.False(outcome.ReadStamps);
    }

    [Theory]
    [InlineData("{{ version | upcase }}", "SHA256:0123ABCD")]
    [InlineData("{% if version contains 'abcd' %}yes{% endif %}", "yes")]
    [InlineData("{% if version == 'sha256:0123abcd' %}same{% endif %}", "same")]
    [InlineData("{{ version.size }}", "15")]
    public void Should_give_the_value_to_any_other_use_and_record_the_read(string source, string expected)
    {
        var outcome = Render(source);

        Assert.Equal(expected, outcome.Html);
        Assert.True(outcome.ReadStamps);
    }

    [Fact]
    public void Should_print_a_stamp_that_is_not_deferred_as_its_value()
    {
        _site.Write("theme/page.liquid", "<code>{{ version }}</code>");
        var templates = TemplateSet.CreateBuilder().Allow<Model>()
            .Build(new OverlayFileSystem(new FileLayer("theme", _site.PathOf("theme"))));

        var outcome = templates.Render("page", new Model(Version with { Deferred = false }));

        Assert.Equal("<code>sha256:0123abcd</code>", outcome.Html);
        Assert.NotEqual(ModelFingerprint.Of(new Model(Version with { Deferred = false })), ModelFingerprint.Of(new Model(new Stamp("data-version", "sha256:ffff", Deferred: false))));
    }

    [Theory]
    [InlineData("<b>")]
    [InlineData("a b")]
    [InlineData("&amp;")]
    public void Should_refuse_a_value_that_html_encoding_would_change(string value) =>
        Assert.Throws<ArgumentException>(() => new Stamp("data-version", value));

    [Fact]
    public void Should_fill_every_placeholder_and_leave_unknown_ones_and_other_comments()
    {
        var page = Bytes("<p><!--reports-stamp:data-version--> <!--x--> <!--reports-stamp:other--> <!--reports-stamp:data-version-id--><!--reports-stamp:data-version--></p>");

        var filled = Stamp.Fill(page, [Version, Id]);

        Assert.Equal(
            "<p>sha256:0123abcd <!--x--> <!--reports-stamp:other--> sha256:0123abcdefsha256:0123abcd</p>",
            Encoding.UTF8.GetString(filled.AsSpan()));
    }

    [Fact]
    public void Should_return_the_same_bytes_when_there_is_nothing_to_fill()
    {
        var page = Bytes("<p>no stamp here, é</p>");

        Assert.True(Stamp.Fill(page, [Version]) == page);
    }

    [Fact]
    public void Should_fingerprint_the_placeholder_not_the_value()
    {
        Assert.Equal(ModelFingerprint.Of(new Model(Version)), ModelFingerprint.Of(new Model(new Stamp("data-version", "sha256:ffff"))));
        Assert.NotEqual(ModelFingerprint.Of(new Model(Version)), ModelFingerprint.Of(new Model(new Stamp("data-version", ""))));
        Assert.NotEqual(ModelFingerprint.Of(new Model(Version)), ModelFingerprint.Of(new Model(Id)));
    }

    [Fact]
    public void Should_give_back_the_same_filled_page_for_the_same_bytes_and_values_only()
    {
        var page = Bytes("<p><!--reports-stamp:data-version--></p>");
        var files = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("index.html", page), KeyValuePair.Create("a.css", Bytes("a"))]);
        var filled = new FilledPages();

        var first = filled.Fill(files, ["index.html"], [Version])["index.html"];
        var again = filled.Fill(files, ["index.html"], [Version])["index.html"];
        var other = filled.Fill(files, ["index.html"], [new Stamp("data-version", "abc")])["index.html"];

        Assert.Equal("<p>sha256:0123abcd</p>", Encoding.UTF8.GetString(first.AsSpan()));
        Assert.True(first == again, "the same page and values should give the same array back");
        Assert.Equal("<p>abc</p>", Encoding.UTF8.GetString(other.AsSpan()));
    }

    private static ImmutableArray<byte> Bytes(string text) => [.. Encoding.UTF8.GetBytes(text)];
}
