using System.Diagnostics;
using Reports.Rendering.Markdown;
using Reports.Rendering.Yaml;
using Reports.Site.Config;
using YamlDotNet.Core;

namespace Reports.Tests.Rendering.Yaml;

/// <summary>YAML is read within a depth and a length, failing at a position like any YAML mistake.</summary>
public sealed class BoundedYamlTests
{
    public static TheoryData<string> Deep() => new()
    {
        "a: " + new string('[', 100_000),
        "a: " + string.Concat(Enumerable.Repeat("{a: ", 10_000)),
        string.Join('\n', Enumerable.Range(0, 3000).Select(i => new string(' ', i) + "k:")),
        string.Concat(Enumerable.Repeat("- ", 20_000)) + "x",
    };

    [Theory]
    [MemberData(nameof(Deep))]
    public void Should_refuse_deep_or_long_yaml_quickly_without_overflowing_the_stack(string yaml)
    {
        var clock = Stopwatch.StartNew();

        var error = Assert.ThrowsAny<YamlException>(() => BoundedYaml.Load(yaml));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), clock.Elapsed.ToString());
        Assert.Matches("nest more than|characters long", error.Message);
    }

    [Fact]
    public void Should_place_the_depth_error_at_the_collection_that_passes_the_limit()
    {
        var error = Assert.Throws<YamlException>(() => BoundedYaml.Load("a:\n  b: " + new string('[', 40) + new string(']', 40)));

        // The mappings a and b are two levels; the 31st bracket is the 33rd.
        Assert.Equal(2, error.Start.Line);
        Assert.Equal(6 + 30, error.Start.Column);
    }

    [Theory]
    [InlineData("? : ...")]
    [InlineData("? : ...\n...\n")]
    [InlineData("a: [b")]
    public void Should_report_input_yamldotnet_fails_on_with_other_exceptions_as_yaml_errors(string yaml)
    {
        Assert.ThrowsAny<YamlException>(() => BoundedYaml.Load(yaml));
        Assert.Equal("RPT970", Assert.Single(SiteConfig.Parse(yaml, "input/site.yml").Diagnostics).Code);
    }

    [Fact]
    public void Should_load_ordinary_yaml()
    {
        var stream = BoundedYaml.Load("title: Reliability\nbase_url: https://example.org\nlist: [1, [2, [3]]]\n");

        Assert.Single(stream.Documents);
    }

    [Fact]
    public void Site_settings_and_front_matter_report_deep_yaml_as_a_diagnostic()
    {
        var yaml = "title: x\nbase_url: " + new string('[', 60_000);

        var config = SiteConfig.Parse(yaml, "input/site.yml");
        var page = FrontMatter.Parse("---\n" + yaml + "\n---\nBody", "input/about.md");

        Assert.False(config.Succeeded);
        Assert.Equal("RPT970", Assert.Single(config.Diagnostics).Code);
        Assert.Equal("RPT910", Assert.Single(page.Diagnostics).Code);
        Assert.Equal(3, page.Diagnostics[0].Line);
    }
}
