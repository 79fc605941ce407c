using System.Text.RegularExpressions;

namespace Reports.Tests.Site;

/// <summary>Any theme file can be replaced by a file at the same relative path in input/.</summary>
public sealed class OverlayTests : IDisposable
{
    private readonly SiteFolder folder = SiteFolder.Shipped();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_publish_an_input_stylesheet_instead_of_the_themes_under_its_own_fingerprint()
    {
        folder.Write("input/assets/site.css", "body { color: #123456; }\n");

        var outcome = folder.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var css = folder.OutputFiles().Single(f => Regex.IsMatch(f.Key, @"^assets/site\.[0-9a-f]{8}\.css$"));
        Assert.Equal("body { color: #123456; }\n", System.Text.Encoding.UTF8.GetString(css.Value));
        Assert.Contains("href=\"./" + css.Key + "\"", folder.ReadOutput("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_render_pages_with_an_input_partial_instead_of_the_themes()
    {
        folder.Write("input/partials/status.liquid", "<b class=\"custom-status\">{{ chip.text }}</b>");

        var outcome = folder.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.Contains("<b class=\"custom-status\">fail</b>", folder.ReadOutput("gates/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_publish_every_top_level_markdown_file_as_a_page_in_the_navigation()
    {
        folder.Write("input/runbook.md", "---\ntitle: Runbook links\ndescription: Where the runbooks are.\norder: 1\n---\n# Ignored heading level\n\nText.\n");

        var outcome = folder.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var site = new BuiltSite(folder.OutputFiles());
        Assert.Equal("Runbook links", site.Page("runbook/index.html").QuerySelector("h1")!.TextContent);
        Assert.Contains(site.Page("index.html").QuerySelectorAll("nav a"), a => a.TextContent == "Runbook links");
    }

    [Fact]
    public void Should_refuse_a_page_that_would_replace_a_section_of_the_site()
    {
        folder.Write("input/gates.md", "# Gates\n");

        var outcome = folder.Build();

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Diagnostics, d => d.Code == Reports.Site.SiteErrors.PageCollisionCode);
    }
}
