using Reports.Site.Config;
using Reports.Tests.Cli;

namespace Reports.Tests.Site.Config;

/// <summary><c>input/site.yml</c>: the site's title and base URL, every problem at its line and column.</summary>
public sealed class SiteConfigTests
{
    private const string Path = "input/site.yml";

    [Fact]
    public void Should_read_the_title_and_normalise_the_base_url()
    {
        var config = SiteConfig.Parse("# The public site\ntitle: Platform reliability\nbase_url: https://reliability.example.org/program/\n", Path);

        Assert.True(config.Succeeded);
        Assert.Equal(new SiteConfig("Platform reliability", "https://reliability.example.org/program"), config.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("base_url:\n")]
    public void Should_mean_the_defaults_when_empty(string yaml)
    {
        var config = SiteConfig.Parse(yaml, Path);

        Assert.True(config.Succeeded);
        Assert.Equal(SiteConfig.Empty, config.Value);
    }

    [Fact]
    public void Should_mean_the_defaults_without_the_file()
    {
        using var folder = new SiteFolder();

        Assert.Equal(SiteConfig.Empty, SiteConfig.Load(folder.Input).Value);
    }

    [Theory]
    [InlineData("title: Reports\nbase_ur: https://x.example\n", SiteConfigErrors.UnknownKeyCode, 2, 1, "unknown setting 'base_ur' (hint: did you mean 'base_url'?)")]
    [InlineData("title: Reports\nbase_url: reliability.example.org\n", SiteConfigErrors.BadValueCode, 2, 11, "setting 'base_url' is 'reliability.example.org', expected an absolute http or https address")]
    [InlineData("base_url: https://x.example/?page=1\n", SiteConfigErrors.BadValueCode, 1, 11, "setting 'base_url' is 'https://x.example/?page=1'")]
    [InlineData("title:\n  - a\n  - b\n", SiteConfigErrors.NotASingleValueCode, 2, 3, "setting 'title' must have a single value")]
    [InlineData("- title\n- base_url\n", SiteConfigErrors.NotAMappingCode, 1, 1, "site settings must be 'key: value' lines")]
    [InlineData("title: Reports\nbase_url: \"https://x.example\n", SiteConfigErrors.InvalidYamlCode, 2, 11, "site settings are not valid YAML")]
    [InlineData("title: \"\"\n", SiteConfigErrors.BadValueCode, 1, 8, "setting 'title' is '', expected the site's name on one line")]
    public void Should_point_at_the_offending_line_and_column(string yaml, string code, int line, int column, string message)
    {
        var config = SiteConfig.Parse(yaml, Path);

        Assert.False(config.Succeeded);
        var diagnostic = Assert.Single(config.Diagnostics);
        Assert.Equal((code, line, column), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains(message, diagnostic.ToString(), StringComparison.Ordinal);
        Assert.StartsWith($"{Path}({line},{column}): error {code}: ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_setting_is_documented()
    {
        var docs = File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "docs", "archive.md"));

        Assert.All([SiteConfig.TitleKey, SiteConfig.BaseUrlKey], key => Assert.Contains($"\n{key}: ", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void A_build_with_bad_settings_fails_naming_the_file_and_writes_nothing()
    {
        using var folder = SiteFolder.Shipped();
        folder.Write("input/site.yml", "title: Reports\nbase_url: ftp://reliability.example.org\n");

        var run = CliRun.Of("build", "--data", folder.Data, "--input", folder.Input, "--theme", folder.Theme, "--output", folder.Output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{folder.Input.Replace('\\', '/')}/site.yml(2,11): error {SiteConfigErrors.BadValueCode}", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Output));
    }
}
