using System.Net;
using Reports.Rendering.Markdown;

namespace Reports.Tests.Cli.Serve;

/// <summary>
/// A save that nests Markdown or YAML thousands deep is a bad save like any other: the browser shows its
/// diagnostics, the server keeps running, and the next good save brings the site back.
/// </summary>
public sealed class PathologicalSaveTests
{
    private static readonly string DeepRationale = new('>', 3000);

    [Fact]
    public async Task Should_show_the_error_page_for_deep_markdown_and_deep_yaml_and_rebuild_on_the_next_good_save()
    {
        await using var preview = await RunningPreview.StartAsync();

        var deepMarkdown = await preview.EditAndWaitAsync("data/scores.csv", csv => csv.Replace("2026-02-18,ci,3,\"", "2026-02-18,ci,3,\"" + DeepRationale, StringComparison.Ordinal));

        Assert.NotNull(deepMarkdown.Failure);
        Assert.Contains(deepMarkdown.Failure, d => d.Code == "RPT029" && d.Line > 0 && d.Column > MarkdownNesting.MaxDepth);
        var page = await preview.GetAsync("weeks/2026-02-18/");
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Contains("RPT029", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var markdownFixed = await preview.EditAndWaitAsync("data/scores.csv", csv => csv.Replace(DeepRationale, "", StringComparison.Ordinal));

        Assert.Null(markdownFixed.Failure);

        var deepYaml = await preview.EditAndWaitAsync("input/site.yml", yaml => yaml + "\nextra: " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        Assert.NotNull(deepYaml.Failure);
        Assert.Contains(deepYaml.Failure, d => d.Code == "RPT970");
        Assert.Equal(HttpStatusCode.InternalServerError, (await preview.GetAsync("weeks/2026-02-18/")).StatusCode);

        var yamlFixed = await preview.EditAndWaitAsync("input/site.yml", yaml => yaml[..yaml.IndexOf("\nextra: ", StringComparison.Ordinal)]);

        Assert.Null(yamlFixed.Failure);
        var back = await preview.GetAsync("weeks/2026-02-18/");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains("Score snapshot", await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
