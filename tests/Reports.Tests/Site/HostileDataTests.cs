using System.Xml.Linq;

namespace Reports.Tests.Site;

/// <summary>Markup, script and Liquid placed in every text field of the data and in front matter come out as inert text.</summary>
public sealed class HostileDataTests(HostileDataTests.Fixture fixture) : IClassFixture<HostileDataTests.Fixture>
{
    private const string Script = "<script>alert(1)</script>";
    private const string Attribute = "\"><img src=x onerror=alert(1)>";
    private const string Liquid = "{{ 7*7 }} {% raw %}";
    private const string MarkdownLink = "[click](javascript:alert(1))";
    // The placeholder pages carry for the data version until it is filled in: text must not be able to spell it.
    private const string Stamp = "<!--reports-stamp:data-version-->";
    private const string Hostile = Script + " " + Attribute + " " + Liquid + " " + MarkdownLink + " " + Stamp;

    private SiteFolder Folder => fixture.Folder;

    /// <summary>A two-week data set whose every free-text cell (and some ids) carries the hostile text.</summary>
    private static string DataSet()
    {
        var h = Csv(Hostile);
        return $"""
            -- data/rubric.csv --
            key,name,weight,level_0,level_1,level_2,level_3,level_4
            measurement,{Csv("Measurement " + Hostile)},60,{h},{h},{h},{h},{h}
            outcomes,{Csv("Outcomes " + Script)},40,{h},{h},{h},{h},{h}
            -- data/policy.csv --
            key,value,note
            enter_validation_total,85,{h}
            -- data/gates.csv --
            id,phase,name,criteria
            G1,1,{h},{h}
            G2,2,{h},{h}
            -- data/scores.csv --
            week_of,category,score,rationale
            2026-03-02,measurement,2,{h}
            2026-03-02,outcomes,1,{h}
            2026-03-09,measurement,3,{h}
            2026-03-09,outcomes,2,{h}
            -- data/gate-results.csv --
            week_of,gate,status,evidence,link
            2026-03-02,G1,fail,{h},https://example.org/?q=%3Cscript%3E
            2026-03-09,G1,pass,{h},
            -- data/incidents.csv --
            id,severity,pillar,title,opened,resolved,summary,link
            {Csv(Attribute)},sev1,video,{h},2026-03-01,,{h},{Csv("https://example.org/a\"b")}
            INC-2,sev2,auth,{h},2026-03-01,2026-03-05,{h},
            -- data/findings.csv --
            id,title,priority,source,status,opened,closed,evidence
            {Csv(Script)},{h},P0,red-team,open,2026-03-01,,{h}
            F-2,{h},P1,{h},fixed,2026-03-01,2026-03-08,{h}
            -- data/decisions.csv --
            week_of,decision,note
            2026-03-09,advance,{h}
            -- input/about.md --
            ---
            title: {Yaml(Hostile)}
            description: {Yaml(Hostile)}
            ---
            {Hostile}

            <iframe src="https://example.org"></iframe> <a href="javascript:alert(1)" onclick="alert(1)">x</a>
            -- input/weeks/2026-03-09.md --
            ---
            title: {Yaml(Hostile)}
            ---
            # {Hostile}

            {Hostile}
            """;
    }

    [Fact]
    public void Should_build_the_hostile_data_into_a_well_formed_script_free_site()
    {
        var outcome = fixture.Outcome;

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        PageRules.AssertWellFormed(new BuiltSite(Folder.OutputFiles()));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("weeks/2026-03-02/index.html")]
    [InlineData("weeks/2026-03-09/index.html")]
    [InlineData("gates/index.html")]
    [InlineData("incidents/index.html")]
    [InlineData("findings/index.html")]
    [InlineData("methodology/index.html")]
    [InlineData("about/index.html")]
    public void Should_show_hostile_text_as_text(string page)
    {
        BuildOrFail();
        var document = new BuiltSite(Folder.OutputFiles()).Page(page);
        var text = document.Body!.TextContent;

        Assert.Contains(Script, text, StringComparison.Ordinal);
        Assert.Contains("onerror=alert(1)>", text, StringComparison.Ordinal);
        Assert.Contains("{{ 7*7 }} {% raw %}", text, StringComparison.Ordinal);
        Assert.Contains(Stamp, text, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("script, iframe, img[onerror], [onclick]"));
        Assert.DoesNotContain(document.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Should_keep_hostile_front_matter_out_of_the_head()
    {
        BuildOrFail();
        var about = new BuiltSite(Folder.OutputFiles()).Page("about/index.html");

        Assert.StartsWith(Script, about.Title, StringComparison.Ordinal);
        Assert.Equal(Hostile, about.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Single(about.Head!.QuerySelectorAll("meta[name=description]"));
    }

    [Fact]
    public void Should_give_hostile_ids_safe_fragment_ids()
    {
        BuildOrFail();
        var site = new BuiltSite(Folder.OutputFiles());

        Assert.NotNull(site.Page("incidents/index.html").GetElementById("img-src-x-onerror-alert-1"));
        Assert.NotNull(site.Page("findings/index.html").GetElementById("script-alert-1-script"));
    }

    [Fact]
    public void Should_keep_feed_charts_and_badges_inert()
    {
        BuildOrFail();
        var site = new BuiltSite(Folder.OutputFiles());

        XDocument.Parse(site.Text("feed.xml"));
        Assert.All(site.Files.Where(f => f.Key.EndsWith(".svg", StringComparison.Ordinal)), f =>
        {
            var svg = XDocument.Parse(site.Text(f.Key));
            Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "foreignObject");
            Assert.DoesNotContain(svg.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        });
    }

    private void BuildOrFail() => Assert.True(fixture.Outcome.Succeeded, string.Join("\n", fixture.Outcome.Diagnostics));

    private static string Csv(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Yaml(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The hostile site, built once (strictly: every internal link must resolve) for all the tests here.</summary>
    public sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            Folder = SiteFolder.WithTheme(DataSet());
            Outcome = Folder.Build(strict: true);
        }

        public SiteFolder Folder { get; }

        public Reports.Site.BuildOutcome Outcome { get; }

        public void Dispose() => Folder.Dispose();
    }
}
