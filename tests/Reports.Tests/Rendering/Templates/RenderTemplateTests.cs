using Reports.Pipeline;
using Reports.Rendering.Templates;
using Reports.Tests.Pipeline;

namespace Reports.Tests.Rendering.Templates;

public sealed class RenderTemplateTests : IDisposable
{
    private static readonly MetadataKey<string> Title = new("title");
    private readonly TempFolder _site = new();

    public void Dispose() => _site.Dispose();

    private sealed record Model(string Title);

    private (TemplateSet Templates, OverlayFileSystem Files) Load()
    {
        var files = new OverlayFileSystem(new FileLayer("theme", _site.PathOf("theme")));
        return (TemplateSet.CreateBuilder().Allow<Model>().Build(files), files);
    }

    [Fact]
    public void Should_render_each_document_in_order()
    {
        _site.Write("theme/page.liquid", "<h1>{{ title }}</h1>");
        var (templates, files) = Load();
        var inputs = Enumerable.Range(1, 50).Select(i => Document.Compute().With(Title, $"Week {i}").WithDestination($"weeks/{i}/index.html"));
        var module = new RenderTemplate(templates, "page", (document, _) => new Model(document.Get(Title)));

        var outputs = module.Execute([.. inputs], Contexts.Standalone(files));

        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"<h1>Week {i}</h1>"), outputs.Select(d => d.Content.AsText()));
        Assert.Equal("weeks/1/index.html", outputs[0].Destination);
    }

    [Fact]
    public void Should_report_template_errors_once_and_render_nothing()
    {
        _site.Write("theme/page.liquid", "{% if %}");
        var (templates, files) = Load();
        var sink = new DiagnosticSink();
        var module = new RenderTemplate(templates, "page", (document, _) => new Model(""));

        var outputs = module.Execute([Document.FromText("md", "a.html"), Document.FromText("md", "b.html")], Contexts.Standalone(files, sink));
        module.Execute([Document.FromText("md", "c.html")], Contexts.Standalone(files, sink));

        Assert.Equal(TemplateErrors.SyntaxErrorCode, Assert.Single(sink.ToSortedArray()).Code);
        Assert.Equal(["md", "md"], outputs.Select(d => d.Content.AsText()));
    }
}
