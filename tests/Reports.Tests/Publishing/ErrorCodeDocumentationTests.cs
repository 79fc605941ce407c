using System.Reflection;
using Reports.Paths;
using Reports.Pipeline;
using Reports.Publishing;
using Reports.Rendering.Markdown;
using Reports.Rendering.Templates;
using Reports.Site;
using Reports.Site.Config;

namespace Reports.Tests.Publishing;

public class ErrorCodeDocumentationTests
{
    private static readonly Type[] Catalogues =
    [
        typeof(TemplateErrors), typeof(MarkdownErrors), typeof(PipelineErrors), typeof(PublishingErrors),
        typeof(SiteErrors), typeof(SiteConfigErrors), typeof(SnapshotErrors), typeof(PathErrors),
    ];

    private static IEnumerable<string> Codes() =>
        Catalogues.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.Name.EndsWith("Code", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!);

    private static string Docs() => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "error-codes.md"));

    [Fact]
    public void Should_document_every_code_once()
    {
        var docs = Docs();

        Assert.All(Codes(), code => Assert.Contains($"| {code} |", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_never_give_two_diagnostics_the_same_code()
    {
        var codes = Codes().ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }
}
