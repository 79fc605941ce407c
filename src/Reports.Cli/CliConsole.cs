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

    /// <summary>Where Reports' own workflow commands (annotations) go: standard output, unguarded.</summary>
    public TextWriter WorkflowCommands { get; init; } = Out;

    /// <summary>
    /// Under GitHub Actions, this console with both writers guarded (<see cref="WorkflowCommandGuard"/>), so no
    /// printed text is obeyed as a workflow command; elsewhere this console.
    /// </summary>
    public CliConsole ForWorkflowLog() =>
        InGitHubActions && ReferenceEquals(Out, WorkflowCommands)
            ? this with { Out = Guarded(Out), Error = Guarded(Error), WorkflowCommands = Out }
            : this;

    // serve prints from more than one thread; the guard collects a line before writing it.
    private static TextWriter Guarded(TextWriter writer) => TextWriter.Synchronized(new WorkflowCommandGuard(writer));
}
