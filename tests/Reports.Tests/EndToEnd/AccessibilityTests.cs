using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Reports.Tests.EndToEnd;

/// <summary>
/// axe-core finds no WCAG 2.1 A/AA violation on any kind of page, in the light and the dark colour scheme, on a
/// desktop and on a phone. axe is injected into a context with JavaScript on and the CSP bypassed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(SiteInBrowserFixture site)
{
    private const string RunAxe = """
        async () => {
          const result = await axe.run(document, {
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            resultTypes: ["violations"],
          });
          return {
            version: axe.version,
            violations: result.violations.map(v => ({
              id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.map(n => n.target.join(" ") + ": " + n.failureSummary.replace(/\s+/g, " ")),
            })),
          };
        }
        """;

    [SkippableTheory]
    [MemberData(nameof(PageTypes.Paths), MemberType = typeof(PageTypes))]
    public async Task Should_have_no_wcag_2_1_aa_violations(string path)
    {
        Skip.If(AuditTools.AxeMissingReason is not null, AuditTools.AxeMissingReason);
        var report = new StringBuilder();
        foreach (var viewport in Viewport.All)
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await using var tab = await site.OpenAsync(path, viewport, TabOptions.Auditing with { ColorScheme = scheme });
                await tab.CheckAsync(async page =>
                {
                    foreach (var violation in await ViolationsAsync(page))
                    {
                        report.Append($"[{viewport}, {scheme}] {violation}\n");
                    }
                });
            }
        }

        Assert.True(report.Length == 0, $"axe-core violations on /{path}:\n{report}");
    }

    [SkippableFact]
    public async Task Should_report_an_image_without_a_text_alternative()
    {
        Skip.If(AuditTools.AxeMissingReason is not null, AuditTools.AxeMissingReason);
        await using var tab = await site.OpenAsync("", Viewport.Desktop, TabOptions.Auditing);

        await tab.Page.SetContentAsync("""<html lang="en"><title>t</title><main><img src="/favicon.svg"></main></html>""");
        var violations = await ViolationsAsync(tab.Page);

        Assert.Contains(violations, v => v.StartsWith("image-alt (critical)", StringComparison.Ordinal));
    }

    /// <summary>Injects axe-core and runs it; one line per violation, its failing elements indented below.</summary>
    private static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = AuditTools.AxeScript });
        var result = await page.EvaluateAsync<JsonElement>(RunAxe);
        Assert.StartsWith("4.", result.GetProperty("version").GetString(), StringComparison.Ordinal);
        return [.. result.GetProperty("violations").EnumerateArray().Select(v =>
            $"{v.GetProperty("id")} ({v.GetProperty("impact")}): {v.GetProperty("help")}"
            + string.Concat(v.GetProperty("nodes").EnumerateArray().Select(n => "\n    " + n.GetString())))];
    }
}
