using System.Text.Json.Nodes;
using Reports.History;
using Reports.Site;
using Reports.Tests.Cli;

namespace Reports.Tests.Site;

/// <summary>
/// Weekly reports keep their address and say how to cite it: a Markdown link with the configured base URL, the
/// week's own report.json and badge, and the data version on every page.
/// </summary>
public sealed class PermalinkTests : IDisposable
{
    private readonly SiteFolder folder = SiteFolder.Shipped();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_offer_a_markdown_citation_with_the_base_url_and_title_of_site_yml()
    {
        folder.Write("input/site.yml", "title: Platform reliability\nbase_url: https://reliability.example.org/\n");

        var page = Built().Page("weeks/2026-02-18/index.html");

        var blocks = page.QuerySelectorAll("#cite ~ pre > code").Select(c => c.TextContent).ToArray();
        Assert.Equal("[Platform reliability 2026-02-18: 55.00/100, Phase 1, Stay](https://reliability.example.org/weeks/2026-02-18/)", blocks[0]);
        Assert.Equal("[![Platform reliability 2026-02-18: 55.00/100](https://reliability.example.org/weeks/2026-02-18/badge.svg)](https://reliability.example.org/weeks/2026-02-18/)", blocks[1]);
        Assert.Contains("Platform reliability", page.Title, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#cite ~ p.muted"));
        Assert.Null(page.QuerySelector("script"));
    }

    [Fact]
    public void Should_cite_a_root_relative_address_without_a_base_url_and_say_so()
    {
        var page = Built().Page("weeks/2026-02-17/index.html");

        Assert.Equal("[Reliability report 2026-02-17: 46.25/100, Phase 1, Stay](/weeks/2026-02-17/)", page.QuerySelector("#cite ~ pre > code")!.TextContent);
        Assert.Contains("No base URL is configured", page.QuerySelector("#cite ~ p.muted")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://cli.example.org", "https://env.example.org", "https://cli.example.org/")]
    [InlineData(null, "https://env.example.org", "https://env.example.org/")]
    [InlineData(null, null, "https://yml.example.org/")]
    public void Should_take_the_base_url_from_the_command_line_then_the_environment_then_site_yml(string? option, string? environment, string expected)
    {
        folder.Write("input/site.yml", "base_url: https://yml.example.org\n");
        string[] args = ["build", "--data", folder.Data, "--input", folder.Input, "--theme", folder.Theme, "--output", folder.Output];
        var env = environment is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["URL"] = environment };

        var run = CliRun.With(env, redirected: true, option is null ? args : [.. args, "--base-url", option]);

        Assert.True(run.ExitCode == 0, run.All);
        var page = new BuiltSite(folder.OutputFiles()).Page("weeks/2026-02-17/index.html");
        Assert.Equal(expected + "weeks/2026-02-17/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.EndsWith("(" + expected + "weeks/2026-02-17/)", page.QuerySelector("#cite ~ pre > code")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_publish_each_weeks_report_json_as_its_object_of_weeks_json_with_the_data_version_in_weeks_json_only()
    {
        var site = Built();
        var version = DataVersion.Of(folder.Data).Id;

        var report = JsonNode.Parse(site.Text("weeks/2026-02-18/report.json"))!.AsObject();
        var weeks = JsonNode.Parse(site.Text("api/weeks.json"))!.AsObject();

        Assert.Equal(1, (int)report["schema"]!);
        Assert.False(report.ContainsKey("data_version"), "report.json is pinned to its week: an edit of another week must not change it");
        Assert.Equal(version, (string)weeks["data_version"]!);
        var week = weeks["weeks"]!.AsArray().Single(w => (string)w!["week_of"]! == "2026-02-18")!.DeepClone().AsObject();
        report.Remove("schema");
        Assert.True(JsonNode.DeepEquals(week, report), report.ToJsonString());
        Assert.Equal("55.00", report["total"]!.ToJsonString());
    }

    [Fact]
    public void Should_publish_a_badge_pinned_to_each_week()
    {
        var site = Built();

        var week1 = site.Text("weeks/2026-02-17/badge.svg");
        var week2 = site.Text("weeks/2026-02-18/badge.svg");

        Assert.Contains("<title>reliability 2026-02-17: 46.25 &#183; phase 1 &#183; stay</title>", week1, StringComparison.Ordinal);
        Assert.Contains("<title>reliability 2026-02-18: 55.00 &#183; phase 1 &#183; stay</title>", week2, StringComparison.Ordinal);
        Assert.NotEmpty(site.Page("weeks/2026-02-17/index.html").QuerySelectorAll("img[src='../../weeks/2026-02-17/badge.svg'][alt]"));
    }

    [Fact]
    public void Should_stamp_every_page_with_the_data_version_and_keep_it_for_the_same_data()
    {
        var version = DataVersion.Of(folder.Data);
        var first = SiteBuilder.Render(folder.Options());
        var second = SiteBuilder.Render(folder.Options());

        Assert.Equal(DataVersionInfo.Content, version.Kind);
        var site = new BuiltSite(first.Files.ToDictionary(f => f.Key, f => f.Value.ToArray()));
        Assert.All(site.Pages.Where(p => !p.Key.StartsWith("archive/2", StringComparison.Ordinal)), p => Assert.Equal(version.Short, p.Value.QuerySelector("footer code")?.TextContent));
        Assert.Equal(first.Files.Keys, second.Files.Keys);
        Assert.All(first.Files, f => Assert.True(f.Value.AsSpan().SequenceEqual(second.Files[f.Key].AsSpan()), f.Key));
    }

    [SkippableFact]
    public void Should_name_the_commit_of_the_data_when_it_is_committed()
    {
        using var repository = History.TempGitRepository.Create();
        repository.CopyFolder(folder.Data, "data");
        var commit = repository.Commit("the plan's two weeks");
        var options = folder.Options() with { DataDirectory = repository.Data };

        var site = SiteBuilder.Render(options);

        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        Assert.Contains($"Data version: <code>{commit[..12]}</code>", System.Text.Encoding.UTF8.GetString(site.Files["index.html"].AsSpan()), StringComparison.Ordinal);
        Assert.Contains($"\"data_version\": \"{commit}\"", System.Text.Encoding.UTF8.GetString(site.Files["api/weeks.json"].AsSpan()), StringComparison.Ordinal);
    }

    private BuiltSite Built()
    {
        var outcome = folder.Build();
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        return new BuiltSite(folder.OutputFiles());
    }
}
