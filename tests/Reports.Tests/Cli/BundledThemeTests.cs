using System.Diagnostics;
using Reports.Cli;
using Reports.Tests.Site;

namespace Reports.Tests.Cli;

/// <summary>
/// The installed <c>reports</c> runs in a team's folder that holds only <c>data/</c>: the theme and a default About
/// page come with the program. Run as a separate process, in that folder, as the tool runs.
/// </summary>
public sealed class BundledThemeTests : IDisposable
{
    private readonly SiteFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Should_build_for_production_in_a_folder_that_holds_only_data()
    {
        SiteFolder.CopyDirectory(TestPrograms.PlanData, folder.Data);

        var (exit, text) = await RunInFolder("build", "--production", "--base-url", "https://reliability.example.org");

        Assert.True(exit == ExitCodes.Ok, text);
        Assert.False(Directory.Exists(folder.Theme), "the test folder has no theme of its own");
        Assert.Contains("https://reliability.example.org/weeks/2026-02-18/", File.ReadAllText(Path.Combine(folder.Output, "weeks", "2026-02-18", "index.html")), StringComparison.Ordinal);
        Assert.Contains("About this site", File.ReadAllText(Path.Combine(folder.Output, "about", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_replace_a_theme_named_on_the_command_line()
    {
        SiteFolder.CopyDirectory(TestPrograms.PlanData, folder.Data);

        var (exit, text) = await RunInFolder("build", "--theme", "my-theme");

        Assert.True(exit == ExitCodes.InvalidData, text);
        Assert.Contains("error RPT965", text, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Text)> RunInFolder(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(ReportsApp).Assembly.Location);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("URL");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + error);
    }
}
