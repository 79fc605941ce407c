using Reports.Cli;

namespace Reports.Tests.Site;

/// <summary><c>reports build</c> run in-process: exit codes, what it prints, and plain <c>reports</c> meaning build.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly SiteFolder folder = SiteFolder.Shipped();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose()
    {
        folder.Dispose();
        output.Dispose();
        error.Dispose();
    }

    [Fact]
    public void Should_build_the_site_and_say_what_it_wrote()
    {
        var exit = Run("build", "--data", folder.Data, "--input", folder.Input, "--theme", folder.Theme, "--output", folder.Output, "--strict");

        Assert.True(exit == ExitCodes.Ok, error.ToString());
        // 21 pages and the second week's comparison with the first.
        Assert.Contains("Built 22 page(s) into " + folder.Output, output.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.Output, "weeks", "2026-02-18", "index.html")));
    }

    [Fact]
    public void Should_say_where_the_time_went_only_when_asked()
    {
        var exit = Run("build", "--data", folder.Data, "--input", folder.Input, "--theme", folder.Theme, "--output", folder.Output, "--timings");

        Assert.True(exit == ExitCodes.Ok, error.ToString());
        var lines = output.ToString().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("Timings: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(" ms  data process CacheDocuments", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(" ms  charts process RenderCharts", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(" ms  publish: check links (threads added)", StringComparison.Ordinal));

        output.GetStringBuilder().Clear();
        Assert.Equal(ExitCodes.Ok, Run("build", "--data", folder.Data, "--input", folder.Input, "--theme", folder.Theme, "--output", folder.Output));
        Assert.DoesNotContain("Timings", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_exit_1_and_write_nothing_when_the_data_is_invalid()
    {
        File.AppendAllText(folder.PathOf("data/scores.csv"), "2026-02-25,measurement,two,Not a number\n");

        var exit = Run("build", "--data", folder.Data, "--input", folder.Input, "--theme", folder.Theme, "--output", folder.Output);

        Assert.Equal(ExitCodes.InvalidData, exit);
        Assert.Contains("scores.csv(", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("nothing was written", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Output));
    }

    [Fact]
    public void Should_exit_1_on_a_base_url_that_is_not_http()
    {
        var exit = Run("build", "--data", folder.Data, "--input", folder.Input, "--theme", folder.Theme, "--output", folder.Output, "--base-url", "javascript:alert(1)");

        Assert.Equal(ExitCodes.InvalidData, exit);
        Assert.Contains(Reports.Site.SiteErrors.InvalidBaseUrlCode, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_use_netlifys_url_as_the_base_url_on_netlify()
    {
        var exit = Run(
            ["--data", folder.Data, "--input", folder.Input, "--theme", folder.Theme, "--output", folder.Output],
            name => name switch { "NETLIFY" => "true", "URL" => "https://reliability.example.org", _ => null });

        Assert.True(exit == ExitCodes.Ok, error.ToString());
        Assert.Contains("<link rel=\"canonical\" href=\"https://reliability.example.org/weeks/2026-02-18/\">", folder.ReadOutput("weeks/2026-02-18/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_production_build_without_a_base_url_and_write_nothing()
    {
        var exit = Run("build", "--data", folder.Data, "--input", folder.Input, "--theme", folder.Theme, "--output", folder.Output, "--production");

        Assert.Equal(ExitCodes.InvalidData, exit);
        Assert.Contains("site.yml: error " + Reports.Site.SiteErrors.MissingBaseUrlCode, error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Output));
    }

    [Theory]
    [InlineData("--base-url")]
    [InlineData("URL")]
    [InlineData("site.yml")]
    public void Should_build_for_production_with_a_base_url_from_anywhere_it_may_come_from(string source)
    {
        const string Address = "https://reliability.example.org";
        if (source == "site.yml")
        {
            File.AppendAllText(folder.PathOf("input/site.yml"), "base_url: " + Address + "\n");
        }

        string[] args = ["build", "--data", folder.Data, "--input", folder.Input, "--theme", folder.Theme, "--output", folder.Output, "--production"];
        var exit = Run(source == "--base-url" ? [.. args, "--base-url", Address] : args, name => source == "URL" && name == "URL" ? Address : null);

        Assert.True(exit == ExitCodes.Ok, error.ToString());
        var page = folder.ReadOutput("weeks/2026-02-18/index.html");
        Assert.Contains("<link rel=\"canonical\" href=\"" + Address + "/weeks/2026-02-18/\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("No base URL is configured", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_check_links_strictly_in_a_production_build()
    {
        File.WriteAllText(folder.PathOf("input/broken.md"), "# Broken\n\n[nowhere](/no-such-page/)\n");

        var exit = Run("build", "--data", folder.Data, "--input", folder.Input, "--theme", folder.Theme, "--output", folder.Output, "--production", "--base-url", "https://reliability.example.org");

        Assert.Equal(ExitCodes.InvalidData, exit);
        Assert.Contains("RPT950", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], new[] { "build" })]
    [InlineData(new[] { "--strict" }, new[] { "build", "--strict" })]
    [InlineData(new[] { "status" }, new[] { "status" })]
    [InlineData(new[] { "--help" }, new[] { "--help" })]
    public void Should_build_when_no_command_is_given(string[] args, string[] expected) =>
        Assert.Equal(expected, ReportsApp.DefaultToBuild(args));

    private int Run(params string[] args) => Run(args, _ => null);

    private int Run(string[] args, Func<string, string?> environment) =>
        ReportsApp.Run(args, new CliConsole(output, error, IsOutputRedirected: true, environment));
}
