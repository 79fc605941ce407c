using System.Text;

namespace Reports.History;

/// <summary>What one git command printed: its exit code, its output as bytes, and its messages.</summary>
internal sealed record GitOutput(int ExitCode, byte[] Output, string Error)
{
    public const int NotInstalledExitCode = -1;

    public static GitOutput NotInstalled { get; } = new(NotInstalledExitCode, [], "git is not installed or not on the PATH");

    public bool Succeeded => ExitCode == 0;

    public bool GitMissing => ExitCode == NotInstalledExitCode;

    /// <summary>The output as UTF-8 text without its trailing newline.</summary>
    public string Text => Encoding.UTF8.GetString(Output).TrimEnd('\n', '\r');
}
