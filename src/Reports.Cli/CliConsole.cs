namespace Reports.Cli;

/// <summary>Where a command writes and what it may know of its surroundings; tests pass their own.</summary>
/// <param name="Environment">Reads an environment variable (NO_COLOR, GITHUB_ACTIONS, GITHUB_STEP_SUMMARY).</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsOutputRedirected, Func<string, string?> Environment)
{
    public static CliConsole FromSystem() =>
        new(Console.Out, Console.Error, Console.IsOutputRedirected, System.Environment.GetEnvironmentVariable);

    /// <summary>Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org).</summary>
    public bool UseColor => !IsOutputRedirected && string.IsNullOrEmpty(Environment("NO_COLOR"));

    public bool InGitHubActions => string.Equals(Environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    public Painter Painter => UseColor ? Painter.Ansi : Painter.Plain;
}
