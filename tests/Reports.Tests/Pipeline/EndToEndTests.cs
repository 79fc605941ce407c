using AngleSharp.Html.Parser;
using Reports.Pipeline;
using Reports.Pipeline.Modules;
using Reports.Publishing;
using Reports.Rendering.Markdown;
using Reports.Rendering.Templates;

namespace Reports.Tests.Pipeline;

/// <summary>A small site written inline, built with every piece of the engine, checked and published.</summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly TempFolder _site = new();

    public EndToEndTests()
    {
        _site
            .Write("theme/layouts/base.liquid", "<!doctype html><html><head><title>{{ title }}</title><link rel=\"stylesheet\" href=\"/{{ css }}\"></head><body>{% include 'partials/nav' %}{% renderbody %}</body></html>")
            .Write("theme/partials/nav.liquid", "<nav><a href=\"/\">Home</a></nav>")
            .Write("theme/week.liquid", "{% layout 'layouts/base' %}<main><h1>{{ title }}</h1>{{ body | raw }}</main>")
            .Write("theme/home.liquid", "{% layout 'layouts/base' %}<ul>{% for week in weeks %}<li><a href=\"/{{ week.url }}\">{{ week.title }}</a></li>{% endfor %}</ul>")
            .Write("theme/assets/site.css", "body { color: black; }")
            .Write("input/assets/site.css", "body { color: navy; }")
            .Write("input/weeks/2026-02-17.md", "---\ntitle: Week 1 <script>\n---\nSee [next week](../2026-02-18/#evidence) and [this](javascript:alert(1)).\n")
            .Write("input/weeks/2026-02-18.md", "---\ntitle: Week 2\n---\n## Evidence\n\n| gate | status |\n|---|---|\n| G1 | pass |\n");
    }

    public void Dispose() => _site.Dispose();

    private sealed record WeekPage(string Title, TrustedHtml Body, string Css);

    private sealed record HomePage(string Title, string Css, IReadOnlyList<WeekLink> Weeks);

    private sealed record WeekLink(string Title, string Url);

    /// <summary>What the CLI does: build, check links, publish only when everything succeeded.</summary>
    private (EngineResult Result, PublishResult? Published) Build()
    {
        var files = new OverlayFileSystem(new FileLayer("input", _site.PathOf("input")), new FileLayer("theme", _site.PathOf("theme")));
        var templates = TemplateSet.CreateBuilder().Allow<WeekPage>().Allow<HomePage>().Allow<WeekLink>().Build(files);
        static string Css(PipelineContext context) => FingerprintFiles.Map(context.Outputs("assets"))["assets/site.css"];

        var engine = Engine.CreateBuilder()
            .AddPipeline(new PipelineDefinition("assets")
                .Process(new CopyFiles("assets"), "stylesheets, input/ over theme/")
                .Process(new FingerprintFiles(), "content-hashed names for long caching"))
            .AddPipeline(new PipelineDefinition("weeks")
                .Process(new ReadFiles("weeks", ".md"), "narratives people wrote")
                .Process(new RenderMarkdown(), "safe HTML and front matter")
                .Process(new SetDestination(d => $"weeks/{Path.GetFileNameWithoutExtension(d.Source)}/index.html"), "one folder per week")
                .Render(new RenderTemplate(templates, "week", (d, c) => new WeekPage(d.Get(MarkdownKeys.FrontMatter).Title!, new TrustedHtml(d.Content.AsText()), Css(c))), "the week page"))
            .AddPipeline(new PipelineDefinition("home")
                .Render(new CreateDocuments(_ => [Document.FromText("", "index.html")]), "the home page")
                .Render(new RenderTemplate(templates, "home", (_, c) => new HomePage("Reliability", Css(c), [.. c.Outputs("weeks")
                    .Select(w => new WeekLink(w.Get(MarkdownKeys.FrontMatter).Title!, w.Destination![..^"index.html".Length]))])), "links to every week"))
            .Build().Value!;

        var result = engine.Run(files);
        if (!result.Succeeded || LinkChecker.Check(result.ToFiles()).Length > 0)
        {
            return (result, null);
        }

        var safety = new OutputSafety(_site.Root, [_site.PathOf("input"), _site.PathOf("theme")]);
        return (result, OutputWriter.Write(result.ToFiles(), "output", safety));
    }

    [Fact]
    public void Should_build_check_and_publish_a_small_site()
    {
        var (result, published) = Build();

        Assert.Empty(result.Diagnostics);
        Assert.Equal((4, 0, 0), (published!.Written, published.Unchanged, published.Removed));
        var css = result.Documents.Single(d => d.Destination!.StartsWith("assets/", StringComparison.Ordinal)).Destination!;
        Assert.Matches("^assets/site\\.[0-9a-f]{8}\\.css$", css);
        Assert.Equal("body { color: navy; }", _site.Read($"output/{css}"));

        var week1 = new HtmlParser().ParseDocument(_site.Read("output/weeks/2026-02-17/index.html"));
        Assert.Equal("Week 1 <script>", week1.Title);
        Assert.Empty(week1.QuerySelectorAll("script"));
        Assert.Equal(["/", "../2026-02-18/#evidence"], week1.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal($"/{css}", week1.QuerySelector("link")!.GetAttribute("href"));

        var home = new HtmlParser().ParseDocument(_site.Read("output/index.html"));
        Assert.Equal(["Home", "Week 1 <script>", "Week 2"], home.QuerySelectorAll("a").Select(a => a.TextContent));
    }

    [Fact]
    public void Should_leave_the_published_site_byte_identical_when_a_rebuild_fails()
    {
        Build();
        var before = Directory.EnumerateFiles(_site.PathOf("output"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => (File.ReadAllText(f), File.GetLastWriteTimeUtc(f)));
        _site.Write("theme/week.liquid", "{% layout 'layouts/base' %}\n<main>{{ title | }}</main>");
        _site.Write("input/weeks/2026-02-19.md", "---\ntitle: Week 3\n---\nNew week");

        var (result, published) = Build();

        Assert.Null(published);
        Assert.Equal("theme/week.liquid(2,17): error RPT901: template syntax: An identifier was expected after the '|' sign", Assert.Single(result.Diagnostics).ToString());
        Assert.Equal(before, Directory.EnumerateFiles(_site.PathOf("output"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => (File.ReadAllText(f), File.GetLastWriteTimeUtc(f))));
    }

    [Fact]
    public void Should_publish_only_what_changed_on_a_rebuild()
    {
        Build();
        _site.Write("input/weeks/2026-02-18.md", "---\ntitle: Week 2\n---\n## Evidence\n\nEdited.\n");

        var (_, published) = Build();

        Assert.Equal((1, 3, 0), (published!.Written, published.Unchanged, published.Removed));
    }
}
