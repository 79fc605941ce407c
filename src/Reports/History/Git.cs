using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Reports.History;

/// <summary>
/// Runs git with an argument list, never a shell string, so a ref or a path from the command line is
/// always one argument and never code.
/// </summary>
internal static class Git
{
    // Variables that would point git at another repository than the one the folder is in (set inside hooks).
    private static readonly string[] InheritedRepositoryVariables = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR"];

    public static GitOutput Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedRepositoryVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0"; // reading status must not take the index lock of a user's checkout
        start.Environment["LC_ALL"] = "C";

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            return GitOutput.NotInstalled;
        }

        if (process is null)
        {
            return GitOutput.NotInstalled;
        }

        using (process)
        {
            // Standard error is drained in parallel: a full pipe would otherwise stall git and us with it.
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return new GitOutput(process.ExitCode, output.ToArray(), error.GetAwaiter().GetResult().Trim());
        }
    }
}
