using System.Diagnostics;
using System.Globalization;
using Reports.Site;

namespace Reports.Tests.Site;

/// <summary>The same inputs give the same bytes: across builds, cultures, time zones and processes.</summary>
public sealed class DeterminismTests : IDisposable
{
    private readonly SiteFolder folder = SiteFolder.Shipped();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_build_byte_identical_sites_twice()
    {
        var first = Render();
        var second = Render();

        AssertSame(first, second);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Should_build_the_same_bytes_under_any_culture(string culture)
    {
        var expected = Render();
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            AssertSame(expected, Render());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }
    }

    [Fact]
    public async Task Should_write_the_same_files_from_the_command_line_in_another_locale_and_time_zone()
    {
        var expected = Render();
        var cli = typeof(global::Reports.Cli.ReportsApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { cli, "build" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LANG"] = "de_DE.UTF-8";
        start.Environment["LC_ALL"] = "de_DE.UTF-8";
        start.Environment["TZ"] = "Pacific/Auckland";
        start.Environment.Remove("NETLIFY");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, error + await output);
        var written = folder.OutputFiles().Where(f => f.Key != Reports.Publishing.OutputWriter.MarkerFileName).ToDictionary();
        Assert.Equal(expected.Files.Keys, written.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected.Files, f => Assert.True(f.Value.AsSpan().SequenceEqual(written[f.Key]), f.Key + " differs"));
    }

    private RenderedSite Render()
    {
        var site = SiteBuilder.Render(folder.Options());
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        return site;
    }

    private static void AssertSame(RenderedSite expected, RenderedSite actual)
    {
        Assert.Equal(expected.Files.Keys, actual.Files.Keys);
        Assert.All(expected.Files, f => Assert.True(f.Value.AsSpan().SequenceEqual(actual.Files[f.Key].AsSpan()), f.Key + " differs"));
    }
}
