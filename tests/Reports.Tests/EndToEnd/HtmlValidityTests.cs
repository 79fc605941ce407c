using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Reports.Tests.EndToEnd;

/// <summary>The Nu Html Checker (vnu.jar, the W3C validator) finds no error in any built page, stylesheet or SVG.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HtmlValidityTests(SiteInBrowserFixture site)
{
    [SkippableFact]
    public async Task Should_pass_the_nu_html_checker_without_errors()
    {
        Skip.If(AuditTools.VnuMissingReason is not null, AuditTools.VnuMissingReason);
        // The example program's site too: its SLO and CI pages and weekly reports show evidence the plan's data lacks.
        string[] outputs = [site.Output, site.ExampleOutput];
        var pages = outputs.SelectMany(o => Directory.GetFiles(o, "*.html", SearchOption.AllDirectories)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(pages.Length >= 10, $"only {pages.Length} pages built");

        var html = await CheckAsync(pages);
        var css = await CheckAsync(Directory.GetFiles(site.Output, "*.css", SearchOption.AllDirectories), "--css");
        var svg = await CheckAsync(outputs.SelectMany(o => Directory.GetFiles(o, "*.svg", SearchOption.AllDirectories)).ToArray(), "--svg");

        Assert.True(html.Length + css.Length + svg.Length == 0, $"Nu Html Checker errors:\n{html}{css}{svg}");
    }

    [SkippableFact]
    public async Task Should_report_an_error_in_a_broken_page()
    {
        Skip.If(AuditTools.VnuMissingReason is not null, AuditTools.VnuMissingReason);
        var broken = Path.Combine(Path.GetTempPath(), "vnu-" + Guid.NewGuid().ToString("N") + ".html");
        await File.WriteAllTextAsync(broken, "<!DOCTYPE html><html lang=\"en\"><title>x</title><p><div>x</p></html>");
        try
        {
            var errors = await CheckAsync([broken]);

            Assert.Contains("error", errors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    /// <summary>Runs vnu.jar over <paramref name="files"/>; returns its errors, one a line, or "" when there are none.</summary>
    private static async Task<string> CheckAsync(IReadOnlyList<string> files, string? mode = null)
    {
        if (files.Count == 0)
        {
            return "";
        }

        var start = new ProcessStartInfo(AuditTools.Java!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-jar", AuditTools.VnuJar, "--errors-only", "--format", "json", "--exit-zero-always" }
            .Concat(mode is null ? [] : [mode]).Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var json = await process.StandardError.ReadToEndAsync(timeout.Token);
        await output;
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"vnu.jar exited {process.ExitCode}:\n{json}");

        var errors = new StringBuilder();
        using var report = JsonDocument.Parse(json);
        foreach (var message in report.RootElement.GetProperty("messages").EnumerateArray())
        {
            var url = message.TryGetProperty("url", out var u) ? u.GetString() : "";
            var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
            errors.Append($"{url}({line}): {message.GetProperty("type")}: {message.GetProperty("message")}\n");
        }

        return errors.ToString();
    }
}
